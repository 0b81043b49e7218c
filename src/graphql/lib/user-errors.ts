import { AccountUpdateUnsupportedError, UpstreamError } from '../../upstream/errors.js';
import type { UserError, UserErrorCode } from '../types.generated.js';

type KnownError = { code: UserErrorCode; field: string[] | null; message: string };

const NOT_FOUND_ACCOUNT: KnownError = { code: 'NOT_FOUND', field: ['id'], message: 'No such account for this customer' };
export const NOT_SUPPORTED: KnownError = { code: 'NOT_SUPPORTED', field: null, message: 'This change is not available at this bank' };

/** Bank business-rule codes → the schema's UserErrorCode and the input field at fault (contract §9, docs/bank-contract.md). */
const BY_BANK_CODE: Record<string, KnownError> = {
  // ACC_00101 is how a bank taking the strict reading answers an unknown account.
  ACC_00012: NOT_FOUND_ACCOUNT,
  ACC_00101: NOT_FOUND_ACCOUNT,
  // The path does not exist at this bank (an update endpoint enabled against a bank without one).
  CMN_90011: NOT_SUPPORTED,
  ACC_00113: { code: 'FEATURE_DISABLED', field: ['input', 'nickName'], message: 'Renaming accounts is switched off at this institution' },
  ACC_00114: { code: 'NICKNAME_EMPTY', field: ['input', 'nickName'], message: 'The nickname must not be empty' },
  ACC_00115: { code: 'JOINT_ACCOUNT_NICKNAME_LOCKED', field: ['input', 'nickName'], message: 'Joint accounts cannot be renamed' },
  ACC_00116: { code: 'NICKNAME_TOO_LONG', field: ['input', 'nickName'], message: 'The nickname is longer than the institution allows' },
  ACC_00119: { code: 'FEATURE_DISABLED', field: ['input', 'isVisible'], message: 'Hiding accounts is switched off at this institution' },
  REC_10005: { code: 'INVALID_RECIPIENT', field: ['input', 'memberNumber'], message: 'No member with this member number' },
  REC_10006: { code: 'INVALID_PASSCODE', field: ['input', 'passCode'], message: 'The passcode does not match the recipient' },
  REC_10007: { code: 'INVALID_RECIPIENT', field: ['input', 'accountNumber'], message: 'The account does not belong to the recipient' },
  REC_10008: { code: 'RECIPIENT_VALIDATION_FAILED', field: ['input', 'fromAccountId'], message: 'The test transfer to the recipient failed' },
  REC_12004: { code: 'INVALID_INPUT', field: ['input'], message: 'Required fields are missing or invalid' },
  REC_12009: { code: 'INVALID_EMAIL', field: ['input', 'email'], message: 'The email address is not valid' },
  REC_12010: { code: 'INVALID_INPUT', field: ['id'], message: 'The recipient id does not match' },
  REC_12011: { code: 'FIELD_TOO_LONG', field: ['input'], message: 'A field is longer than the bank allows' },
  REC_12012: { code: 'ACCOUNT_TYPE_NOT_ALLOWED', field: ['input', 'accountType'], message: 'Recipients cannot have this account type' },
  REC_12013: { code: 'INVALID_INPUT', field: ['input', 'fromAccountId'], message: 'Validation needs the account to send the test transfer from' },
  REC_13001: { code: 'DUPLICATE_RECIPIENT', field: ['input'], message: 'This recipient already exists' },
  REC_13002: { code: 'DUPLICATE_NICKNAME', field: ['input', 'nickName'], message: 'Another recipient already uses this nickname' },
  REC_14004: { code: 'RECIPIENT_NOT_FOUND', field: ['id'], message: 'No such recipient for this customer' },
};

/**
 * A bank failure that is the customer's to fix becomes a user error; anything else (outage, auth) is rethrown and
 * reaches the client as a top-level error with its code.
 */
export function userErrorsFrom(error: unknown): UserError[] {
  if (error instanceof AccountUpdateUnsupportedError) return [NOT_SUPPORTED];
  if (error instanceof UpstreamError && error.kind === 'http') {
    const known = error.code ? BY_BANK_CODE[error.code] : undefined;
    if (known) return [known];
  }
  throw error;
}

/** An id we could not even send to the bank, reported with the same code the bank's "not found" maps to. */
export const notFoundUserError = (field: string[], what: 'account' | 'recipient'): UserError => ({
  code: what === 'recipient' ? 'RECIPIENT_NOT_FOUND' : 'NOT_FOUND',
  field,
  message: `No such ${what} for this customer`,
});
