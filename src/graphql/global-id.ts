import type { UserContext } from '../upstream/types.js';

export type NodeType = 'Account' | 'Location' | 'Recipient' | 'Transaction' | 'Viewer';
const NODE_TYPES = new Set<string>(['Account', 'Location', 'Recipient', 'Transaction', 'Viewer']);

/** Relay global id: base64url("Type:bankId"). Opaque to clients; never a bank id on its own. */
export function toGlobalId(type: NodeType, bankId: string): string {
  return Buffer.from(`${type}:${bankId}`, 'utf8').toString('base64url');
}

/**
 * The bank's id alphabet: its keys are URL-safe base64 or hex (contract §3), so this admits letters, digits, `-`,
 * `_`, `=` and inner dots only. Anything else (empty, `.`, `..`, `/`, `%`) could not name a bank object and, in a
 * path segment, could rewrite the URL: such an id is refused before any bank call.
 */
const BANK_ID = /^[A-Za-z0-9_=-][A-Za-z0-9_.=-]{0,255}$/;

export function isBankId(id: string): boolean {
  return BANK_ID.test(id);
}

/** Null for anything that is not an id this API issued (wrong shape, unknown type, a bank id outside its alphabet). */
export function fromGlobalId(globalId: string): { type: NodeType; bankId: string } | null {
  if (globalId.length > 512 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const bankId = decoded.slice(colon + 1);
  if (colon < 1 || !NODE_TYPES.has(type)) return null;
  // A transaction's id carries its account's (see transactionBankId); its own part is never put in a path.
  // A viewer's is `idType:userId` (see viewerGlobalId); it is only ever compared with the request's viewer.
  const pathPart = type === 'Transaction' ? bankId.split(':')[0] : type === 'Viewer' ? bankId.slice(bankId.indexOf(':') + 1) : bankId;
  if (!isBankId(pathPart) || bankId.length > 512) return null;
  return { type: type as NodeType, bankId };
}

/** The bank id behind a global id of the expected type, or null. */
export function bankIdOf(globalId: string, expected: NodeType): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed?.type === expected ? parsed.bankId : null;
}

/**
 * The bank has no transaction-by-id endpoint: a transaction is found through its account's history, so its id
 * carries the account and the posting date (which narrows the lookup to one day).
 */
export function transactionBankId(accountId: string, date: string | undefined, transactionId: string): string {
  return `${accountId}:${date ?? ''}:${transactionId}`;
}

export function splitTransactionBankId(bankId: string): { accountId: string; date?: string; transactionId: string } | null {
  const match = /^([^:]+):(\d{4}-\d{2}-\d{2})?:(.+)$/.exec(bankId);
  if (!match) return null;
  return { accountId: match[1], date: match[2], transactionId: match[3] };
}

/**
 * The viewer's id uses the same scheme as every other object: it tells the signed-in customer nothing but their own
 * user id, which their own token already carries, and it is stable across instances and restarts (a hash with a
 * per-process key would not be), as client caches need.
 */
export function viewerGlobalId(user: UserContext): string {
  return toGlobalId('Viewer', `${user.idType}:${user.userId}`);
}
