// What a route handler gets for one call.
import type { IncomingMessage } from 'node:http';
import type { Reply } from './http.js';
import type { Service } from '../routes/service-errors.js';
import type { SandboxState } from '../state.js';
import type { RequestLogEntry, RouteName } from '../types.js';

export interface CallContext {
  req: IncomingMessage;
  state: SandboxState;
  route: RouteName;
  service: Service;
  /** The path parameter (account, recipient or user id), already URL-decoded. */
  id?: string;
  query: URLSearchParams;
  /** The call's log entry; handlers fill in `userId` once they know it. */
  entry: RequestLogEntry;
  body(): Promise<string>;
}

export type Handler = (ctx: CallContext) => Promise<Reply> | Reply;
