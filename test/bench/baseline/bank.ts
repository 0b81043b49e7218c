// The baseline's REST access: plain global fetch, a client-credentials token fetched for every GraphQL request.
import { randomUUID } from 'node:crypto';
import type { UserContext } from '../../../src/upstream/types.js';
import { DEFAULT_SCOPES } from '../../../src/upstream/config.js';

export interface BaselineContext {
  user: UserContext;
  token: string;
}

const base = process.env.CANDESCENT_BASE_URL!;
const institutionId = process.env.CANDESCENT_INSTITUTION_ID!;
const basic = Buffer.from(`${process.env.CANDESCENT_CLIENT_ID}:${process.env.CANDESCENT_CLIENT_SECRET}`).toString('base64');

export const PATHS = {
  accounts: '/db-accounts/v1/accounts',
  recipients: '/db-recipients/v1/recipients',
  transactions: '/db-transactions/v1/transactions',
  institutionUsers: '/db-users/v1/institution-users',
};

export class BankHttpError extends Error {
  constructor(readonly status: number, readonly code: string | undefined) {
    super(`bank answered HTTP ${status}${code ? ` ${code}` : ''}`);
  }
}

export async function fetchToken(): Promise<string> {
  const response = await fetch(`${base}/oauth2/v1/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded',
      transactionId: randomUUID(), institutionId,
    },
    // The gateway's own scopes: without them the bank grants all, including unmasked account numbers.
    body: new URLSearchParams({ grant_type: 'client_credentials', scopes: DEFAULT_SCOPES.join(' ') }).toString(),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token) throw new BankHttpError(response.status, undefined);
  return body.access_token;
}

/** GET with the viewer's user context as the bank requires; undefined query values are left out. */
export async function bankGet<T>(ctx: BaselineContext, path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const params = new URLSearchParams({ [ctx.user.idType]: ctx.user.userId });
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const response = await fetch(`${base}${path}?${params}`, {
    headers: { authorization: `Bearer ${ctx.token}`, transactionId: randomUUID(), institutionId, accept: 'application/json' },
  });
  const body = (await response.json()) as T & { code?: string };
  if (!response.ok) throw new BankHttpError(response.status, body.code);
  return body;
}
