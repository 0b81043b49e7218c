import type { BankCallContext } from './client.js';
import { hasArray, userQuery } from './service-helpers.js';
import type { RecipientDto, RecipientInputDto, RecipientsResponseDto } from './types.js';

// Every recipients operation except DELETE answers the `{recipients: [...]}` wrapper, even for a single recipient
// (contract §6.3). As from every service, a list read answers the bank's list response and a read or write of one
// object answers that object's DTO, so the single-recipient wrapper is unwrapped here. An unknown id is HTTP 400
// REC_14004, not 404 (see isNotFoundError).

export async function listRecipients(ctx: BankCallContext): Promise<RecipientsResponseDto> {
  return send(ctx, 'GET', undefined, {}, undefined, hasArray('recipients'));
}

export async function getRecipient(ctx: BankCallContext, recipientId: string): Promise<RecipientDto> {
  return one(send(ctx, 'GET', recipientId, {}, undefined, hasOne));
}

/** `validate=true` makes the bank test the recipient with a "lucky transfer" from `fromAccountId`. */
export async function createRecipient(
  ctx: BankCallContext, recipient: RecipientInputDto, params: { validate?: boolean; fromAccountId?: string } = {},
): Promise<RecipientDto> {
  return one(send(ctx, 'POST', undefined, { validate: params.validate, fromAccountId: params.fromAccountId }, recipient, hasOne));
}

export async function updateRecipient(
  ctx: BankCallContext, recipientId: string, recipient: RecipientInputDto, params: { fromAccountId?: string } = {},
): Promise<RecipientDto> {
  // The bank rejects a body whose id differs from the path (REC_12010), so the path id wins.
  return one(send(ctx, 'PUT', recipientId, { fromAccountId: params.fromAccountId }, { ...recipient, id: recipientId }, hasOne));
}

export async function deleteRecipient(ctx: BankCallContext, recipientId: string): Promise<void> {
  await ctx.client.request<void>({
    service: 'recipients',
    method: 'DELETE',
    id: recipientId,
    query: userQuery(ctx.user),
    // 204 without a body; any 2xx counts, since a DELETE is never retried and must not be reported failed.
    expectBody: false,
  }, ctx.call);
}

/** A wrapper that must hold the one recipient read or written: an empty one is a malformed answer. */
const hasOne = (body: unknown): boolean => hasArray('recipients')(body) && (body as RecipientsResponseDto).recipients.length > 0;

const one = async (response: Promise<RecipientsResponseDto>): Promise<RecipientDto> => (await response).recipients[0]!;

async function send(
  ctx: BankCallContext, method: 'GET' | 'POST' | 'PUT', recipientId: string | undefined,
  query: Record<string, string | boolean | undefined>, body: RecipientInputDto | undefined, validate: (body: unknown) => boolean,
): Promise<RecipientsResponseDto> {
  const response = await ctx.client.request<RecipientsResponseDto>({
    service: 'recipients',
    method,
    id: recipientId,
    query: { ...userQuery(ctx.user), ...query },
    body,
    validate,
  }, ctx.call);
  return response.body;
}
