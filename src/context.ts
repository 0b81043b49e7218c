import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { unauthenticated } from './errors.js';
import { createRequestBank, type AccountView, type BankWrites, type LoaderOptions, type Loaders } from './upstream/loaders.js';
import type { ViewerVerifier, Viewer } from './auth/viewer.js';
import type { BankClient, UpstreamCallEvent } from './upstream/client.js';
import type { Bulkheads } from './upstream/bulkhead.js';

/** Everything one GraphQL request may use. Built per request: nothing here is shared between customers. */
export interface Context {
  viewer: Viewer;
  /** The bank's reads for this request: DataLoaders only. */
  loaders: Loaders;
  /** The bank's writes for this request (mutations). */
  writes: BankWrites;
  /**
   * Set before execution from the operation's selection (see graphql/account-field-sets.ts). A holder, not a value:
   * Apollo runs each operation on a shallow copy of the context, and the loaders must see what the plugin sets.
   */
  accountView: { current: AccountView };
  requestId: string;
  /** Every upstream attempt this request made, for logs and tests. */
  upstreamCalls: UpstreamCallEvent[];
}

export const FULL_ACCOUNT_VIEW: AccountView = { additionalFields: true };

export interface ContextDeps {
  bank: BankClient;
  verifyViewer: ViewerVerifier;
  loaderOptions: LoaderOptions;
  /** Process-wide: each operation's bank calls queue behind its own and its viewer's caps. */
  bulkheads: Bulkheads;
}

export function createContextFactory({ bank, verifyViewer, loaderOptions, bulkheads }: ContextDeps) {
  return async (req: IncomingMessage, signal: AbortSignal, requestId: string = randomUUID()): Promise<Context> => {
    let viewer: Viewer;
    try {
      viewer = await verifyViewer(req.headers.authorization);
    } catch {
      // Built before the body is read (server.ts): a request without a valid token is refused from its headers.
      throw unauthenticated('The bearer token is missing, invalid or expired');
    }
    const upstreamCalls: UpstreamCallEvent[] = [];
    const context: Context = {
      viewer,
      requestId,
      upstreamCalls,
      accountView: { current: FULL_ACCOUNT_VIEW },
      loaders: undefined as unknown as Loaders,
      writes: undefined as unknown as BankWrites,
    };
    ({ loaders: context.loaders, writes: context.writes } = createRequestBank(
      {
        client: bank,
        user: { userId: viewer.userId, idType: viewer.idType },
        call: { signal, onCall: (event) => upstreamCalls.push(event), bulkhead: bulkheads.forOperation(`${viewer.idType}:${viewer.userId}`) },
      },
      loaderOptions,
      () => context.accountView.current,
    ));
    return context;
  };
}
