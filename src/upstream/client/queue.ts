import type { Bulkhead } from '../bulkhead.js';
import { UpstreamError } from '../errors.js';
import type { Limiter } from '../limit.js';
import type { BankResource } from '../paths.js';

/** The parts of a call's options (client.ts CallOptions) that decide where it waits, and until when. */
export interface PlaceInLine {
  signal?: AbortSignal | undefined;
  bulkhead?: Bulkhead | undefined;
}

/**
 * Runs `send` once the call has a slot of its operation's and viewer's bulkheads, then a socket. `send` starts the
 * call's deadline: a queue inside the gateway is not the bank being slow, and must never count as a bank timeout
 * or open a breaker.
 */
export function whenInLine<T>(service: BankResource, sockets: Limiter, send: () => Promise<T>, place: PlaceInLine): Promise<T> {
  const { signal, bulkhead } = place;
  const withSocket = () => sockets(send, signal);
  return (bulkhead ? bulkhead.run(withSocket, signal) : withSocket()).catch((error: unknown) => {
    // The caller hung up while the call was still in line: nothing was sent, and nothing is said about the bank.
    if (signal?.aborted && error === signal.reason) {
      throw new UpstreamError({ service, kind: 'timeout', status: 0, retryable: false, message: `${service}: aborted by the caller while queued` });
    }
    throw error;
  });
}
