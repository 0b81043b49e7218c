import type { UserContext } from './types.js';

/**
 * With a client-credentials token the bank needs the user as a query parameter on every resource
 * call: exactly one of `hostUserId` / `loginId` (docs/bank-contract.md "Every resource call").
 */
export function userQuery(user: UserContext): Record<string, string> {
  return { [user.idType]: user.userId };
}

/** Shape checks for 2xx bodies: just enough that a wrong body fails here, typed, not deep in a resolver. */
export const isObject = (body: unknown): body is Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body);

export const hasArray = (field: string) => (body: unknown): boolean =>
  isObject(body) && Array.isArray(body[field]);

export const hasString = (field: string) => (body: unknown): boolean =>
  isObject(body) && typeof body[field] === 'string';
