// The five recipient operations (contract §6, docs/bank-contract.md "Recipients"). Every response wraps the
// recipients in `{recipients: [...]}`; passCode is checked but never stored or returned.
import type { CallContext } from '../http/context.js';
import { authorizeCall, fail } from '../http/guard.js';
import type { Reply } from '../http/http.js';
import type { RecipientRecord, UserRecord } from '../model.js';
import {
  checkDuplicates, checkFields, checkMember, checkSender, parseRecipientBody, recipientErrors, type RecipientInput,
} from './recipient-validation.js';
import { recipientId } from '../seed/seed-recipients.js';
import { SERVICE_ERRORS } from './service-errors.js';

const READ = ['recipients:read'];
const WRITE = ['recipients:write'];
const DELETE = ['recipients:delete'];

function wrap(...recipients: RecipientRecord[]): Reply {
  return { status: 200, body: { recipients } };
}

function findRecipient(user: UserRecord, id: string): RecipientRecord {
  const recipient = user.recipients.find((candidate) => candidate.id === id);
  if (!recipient) throw recipientErrors.notFound();
  return recipient;
}

function validateFlag(ctx: CallContext): boolean {
  const value = ctx.query.get('validate');
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  return fail(SERVICE_ERRORS.recipients.userParams);
}

function recordOf(input: RecipientInput, base: Pick<RecipientRecord, 'id' | 'institutionId' | 'institutionCustomerId'>, member: UserRecord | undefined): RecipientRecord {
  const record: RecipientRecord = {
    ...base,
    memberNumber: input.memberNumber!,
    accountNumber: input.accountNumber!,
    accountType: input.accountType!,
  };
  if (input.email !== undefined) record.email = input.email;
  if (input.nickName !== undefined) record.nickName = input.nickName;
  // The bank knows its member's name; a caller-supplied fullName wins.
  const fullName = input.fullName ?? (member ? `${member.firstName} ${member.lastName}` : undefined);
  if (fullName !== undefined) record.fullName = fullName;
  return record;
}

export function listRecipients(ctx: CallContext): Reply {
  const { user } = authorizeCall(ctx, READ);
  return wrap(...user.recipients);
}

export function getRecipient(ctx: CallContext): Reply {
  const { user } = authorizeCall(ctx, READ);
  return wrap(findRecipient(user, ctx.id!));
}

/** `validate=true` also checks the sender account and requires the pass code ("lucky transfer"). */
export async function createRecipient(ctx: CallContext): Promise<Reply> {
  const { user } = authorizeCall(ctx, WRITE);
  const validate = validateFlag(ctx);
  const input = parseRecipientBody(await ctx.body());
  checkFields(input);
  if (validate) checkSender(user, ctx.query.get('fromAccountId'));
  const member = checkMember(ctx.state.seed, input, validate);
  const record = recordOf(input, {
    id: recipientId(user.loginId, `created-${ctx.state.nextRecipientSequence()}`),
    institutionId: user.institutionId,
    institutionCustomerId: user.customers[0]!.institutionCustomerId,
  }, member);
  checkDuplicates(user.recipients, record);
  user.recipients.push(record);
  return wrap(record);
}

/** A partial update: fields left out keep their value (Candescent's own flow sends only id + nickName). */
export async function updateRecipient(ctx: CallContext): Promise<Reply> {
  const { user } = authorizeCall(ctx, WRITE);
  const input = parseRecipientBody(await ctx.body());
  if (input.id !== undefined && input.id !== ctx.id) throw recipientErrors.idMismatch();
  const existing = findRecipient(user, ctx.id!);
  const merged: RecipientInput = { ...existing, ...input };
  checkFields(merged);
  if (ctx.query.has('fromAccountId')) checkSender(user, ctx.query.get('fromAccountId'));
  const retargeted = merged.memberNumber !== existing.memberNumber || merged.accountNumber !== existing.accountNumber
    || merged.accountType !== existing.accountType;
  const member = retargeted || input.passCode !== undefined ? checkMember(ctx.state.seed, merged, false) : undefined;
  const base = { id: existing.id, institutionId: existing.institutionId, institutionCustomerId: existing.institutionCustomerId };
  const updated = recordOf(merged, base, member);
  checkDuplicates(user.recipients, updated);
  user.recipients[user.recipients.indexOf(existing)] = updated;
  return wrap(updated);
}

export function deleteRecipient(ctx: CallContext): Reply {
  const { user } = authorizeCall(ctx, DELETE);
  const existing = findRecipient(user, ctx.id!);
  user.recipients.splice(user.recipients.indexOf(existing), 1);
  return { status: 204 };
}
