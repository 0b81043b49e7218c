// Recipient body checks (contract §6, codes §9.4). The recipient's member, pass code and account
// are checked against the seed: a member number is a retail member's host user id, and the pass
// code is the first three letters of the member's last name, upper-case (what Candescent's Postman
// flow derives it from).
import { ApiError } from '../http/http.js';
import type { Entitlement, RecipientRecord, Seed, UserRecord } from '../model.js';

export interface RecipientInput {
  id?: string;
  nickName?: string;
  memberNumber?: string;
  accountNumber?: string;
  accountType?: string;
  passCode?: string;
  email?: string;
  fullName?: string;
}

const FIELDS = ['id', 'nickName', 'memberNumber', 'accountNumber', 'accountType', 'passCode', 'email', 'fullName'] as const;

// Field limits are not published; these are generous but finite.
const MAX_LENGTH: Partial<Record<keyof RecipientInput, number>> = {
  nickName: 40, memberNumber: 32, accountNumber: 34, accountType: 32, passCode: 32, email: 254, fullName: 100,
};

// DIAccountType3: the account types a recipient may have (no TRUST).
const ALLOWED_TYPES: ReadonlySet<string> = new Set([
  'SAVINGS', 'CHECKING', 'MONEY_MARKET', 'BROKERAGE', 'LINE_OF_CREDIT_LOAN', 'TCL_CREDIT_LINE', 'UNKNOWN', 'KEOGH',
  'RETIREMENT_401K', 'CERT_OF_DEPOSIT', 'CSI_CERT_OF_DEPOSIT', 'CREDIT_CARD_LOAN', 'INSTALLMENT_LOAN', 'CONSUMER_LOAN',
  'COMMERCIAL_LOAN', 'MORTGAGE_LOAN', 'RESIDENTIAL_MORTGAGE_LOAN', 'COMMERCIAL_REFI_LOAN', 'HOME_EQUITY_LOAN',
  'GENERAL_LEDGER_ACCOUNT', 'GENERAL_LEDGER_CODE', 'TCL_MASTER', 'TCL_NOTE', 'RETIREMENT_IRA', 'USER_DEFINED',
]);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const recipientErrors = {
  blank: () => new ApiError(400, 'REC_12005', 'Request cannot be blank'),
  required: () => new ApiError(400, 'REC_12004', 'Required fields are not provided or not valid'),
  email: () => new ApiError(400, 'REC_12009', 'Invalid email'),
  idMismatch: () => new ApiError(400, 'REC_12010', 'Recipient ids from request and URL do not match'),
  tooLong: () => new ApiError(400, 'REC_12011', 'Request field length exceeds max length'),
  accountType: () => new ApiError(400, 'REC_12012', 'Account type is not from the list of allowed types'),
  senderBlank: () => new ApiError(400, 'REC_12013', 'Sender account id cannot be blank'),
  member: () => new ApiError(400, 'REC_10005', 'User not found at host'),
  passCode: () => new ApiError(400, 'REC_10006', 'Invalid passcode'),
  account: () => new ApiError(400, 'REC_10007', 'Invalid account'),
  duplicate: () => new ApiError(400, 'REC_13001', 'This recipient already exists'),
  duplicateNickname: () => new ApiError(400, 'REC_13002', 'This recipient nickname already exists'),
  notFound: () => new ApiError(400, 'REC_14004', 'Recipient not found'),
};

/** Known fields only; blank strings count as absent. */
export function parseRecipientBody(text: string): RecipientInput {
  if (text.trim() === '') throw recipientErrors.blank();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw recipientErrors.required();
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw recipientErrors.required();
  const input: RecipientInput = {};
  for (const field of FIELDS) {
    const value = (body as Record<string, unknown>)[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw recipientErrors.required();
    if (value.trim() !== '') input[field] = value.trim();
  }
  return input;
}

export function checkFields(input: RecipientInput): void {
  if (!input.memberNumber || !input.accountNumber || !input.accountType) throw recipientErrors.required();
  for (const [field, max] of Object.entries(MAX_LENGTH)) {
    if ((input[field as keyof RecipientInput]?.length ?? 0) > max!) throw recipientErrors.tooLong();
  }
  if (input.email !== undefined && !EMAIL.test(input.email)) throw recipientErrors.email();
  if (!ALLOWED_TYPES.has(input.accountType)) throw recipientErrors.accountType();
}

export function passCodeOf(member: UserRecord): string {
  return member.lastName.slice(0, 3).toUpperCase();
}

/** The member and account a recipient points at must exist and accept transfers. */
export function checkMember(seed: Seed, input: RecipientInput, passCodeRequired: boolean): UserRecord {
  const member = seed.byHostUserId.get(input.memberNumber!);
  if (!member) throw recipientErrors.member();
  if (input.passCode === undefined ? passCodeRequired : input.passCode !== passCodeOf(member)) {
    throw input.passCode === undefined ? recipientErrors.required() : recipientErrors.passCode();
  }
  const owned = member.entitlements.find((e) => e.ownershipType !== 'CROSS' && e.account.accountNumber === input.accountNumber);
  if (!owned || owned.account.typeValue !== input.accountType || !owned.account.allowedActions.transferTo) {
    throw recipientErrors.account();
  }
  return member;
}

/** The sender account of a validation ("lucky") transfer: one of the user's, able to send. */
export function checkSender(user: UserRecord, fromAccountId: string | null): Entitlement {
  if (fromAccountId === null || fromAccountId.trim() === '') throw recipientErrors.senderBlank();
  const sender = user.byAccountId.get(fromAccountId);
  if (!sender?.account.allowedActions.transferFrom) throw recipientErrors.required();
  return sender;
}

export function checkDuplicates(existing: readonly RecipientRecord[], candidate: RecipientRecord): void {
  for (const other of existing) {
    if (other.id === candidate.id) continue;
    if (other.memberNumber === candidate.memberNumber && other.accountNumber === candidate.accountNumber) {
      throw recipientErrors.duplicate();
    }
    if (candidate.nickName !== undefined && other.nickName?.toLowerCase() === candidate.nickName.toLowerCase()) {
      throw recipientErrors.duplicateNickname();
    }
  }
}
