import type { AccountDto } from '../../upstream/types.js';

/** A key of the bank's `additionalInfo` map (sent only with `additionalFields=true`). */
export function additionalInfo(account: AccountDto, key: string): string | undefined {
  return account.additionalInfo?.entry.find((entry) => entry.key === key)?.value;
}

/**
 * Visibility and ownership arrive either as top-level fields (what Candescent's Postman scripts read) or in
 * `additionalInfo` with `additionalFields=true` (docs/bank-contract.md): read whichever the bank sends. Absent
 * means visible: hiding is the exception. An account the institution hides is hidden whatever the customer chose.
 */
export function isVisible(account: AccountDto): boolean {
  if (account.isHiddenByFi === true) return false;
  if (typeof account.isVisible === 'boolean') return account.isVisible;
  return additionalInfo(account, 'isVisible') !== 'false';
}

export function ownershipType(account: AccountDto): string | undefined {
  return account.ownershipType ?? additionalInfo(account, 'ownershipType');
}

const LOAN_CATEGORIES = new Set(['LOAN', 'TIERED_LOAN']);
const CERTIFICATE_TYPES = new Set(['CERT_OF_DEPOSIT', 'CSI_CERT_OF_DEPOSIT']);

export const isLoan = (account: AccountDto): boolean => LOAN_CATEGORIES.has(account.category);
export const isCertificate = (account: AccountDto): boolean => CERTIFICATE_TYPES.has(account.type.value);

/** The last 4 characters: all a screen needs to tell numbers apart, and useless to anyone who copies it. */
export const lastFour = (value: string | undefined | null): string | null => (value ? value.slice(-4) : null);

export function displayName(account: AccountDto): string {
  return account.nickName || account.description || account.type.description || `Account ••${account.accountNumber.slice(-4)}`;
}

export function isOverdrawn(account: AccountDto): boolean {
  if (isLoan(account)) return false;
  return account.status?.negativeBalance === true || (account.category === 'DEPOSIT' && (account.currentBalance?.amount ?? 0) < 0);
}

/** Transaction history the bank will refuse (TXN_20001/TXN_20002) is known from the account's own flags. */
export function historyAllowed(account: AccountDto): boolean {
  return account.allowedActions === undefined || (account.allowedActions.isHistoryEnabled && account.allowedActions.isHistoryEntitled);
}
