import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { ErrorCode, MESSAGES } from '../errors.js';
import { readInt, type Env } from '../env.js';
import { sendError } from '../http/respond.js';

/** SHUTDOWN_TIMEOUT_MS: how long in-flight requests get to finish after SIGTERM before their sockets are cut. */
export function loadShutdownTimeoutMs(env: Env): number {
  return readInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000);
}

export interface GracefulShutdownOptions {
  timeoutMs: number;
  /** Turned off first, so load balancers stop routing here while in-flight requests finish. */
  readiness?: { setDraining(): void };
  /** Run in order once nothing is in flight (or the deadline passed): gateway, bank client, sandbox. Errors are logged. */
  cleanup?: Array<() => Promise<void>>;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export type ShutdownOutcome = 'drained' | 'forced';

export interface GracefulShutdown {
  /** The request listener to serve: it tracks in-flight requests and refuses new ones once draining. */
  wrap(listener: RequestListener): RequestListener;
  readonly draining: boolean;
  /** Idempotent: every call returns the same shutdown. */
  shutdown(server: Server): Promise<ShutdownOutcome>;
}

/** Probes keep answering while draining: an orchestrator asking /readyz must hear "draining", not a refusal. */
const PROBES = new Set(['/healthz', '/readyz']);

export function createGracefulShutdown(options: GracefulShutdownOptions): GracefulShutdown {
  const log = options.log ?? (() => undefined);
  const inFlight = new Set<ServerResponse>();
  let settled: (() => void) | undefined;
  let draining = false;
  let running: Promise<ShutdownOutcome> | undefined;

  const refuse = (res: ServerResponse) =>
    sendError(res, 503, ErrorCode.SHUTTING_DOWN, MESSAGES.SHUTTING_DOWN, { headers: { connection: 'close', 'retry-after': '1' } });

  async function run(server: Server): Promise<ShutdownOutcome> {
    draining = true;
    options.readiness?.setDraining();
    log('shutdown: draining', { inFlight: inFlight.size, timeoutMs: options.timeoutMs });
    // No new connections; idle keep-alive ones close now, busy ones after their response (Connection: close).
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');

    let timer: NodeJS.Timeout | undefined;
    const idle = inFlight.size === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => (settled = () => resolve(true)));
    const drained = await Promise.race([idle, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), options.timeoutMs)))]);
    clearTimeout(timer);
    if (!drained) log('shutdown: deadline passed, closing the remaining connections', { inFlight: inFlight.size });
    // Nothing is in flight any more (or we stopped waiting): whatever connection is left can only be idle or cut off.
    server.closeAllConnections();
    await closed;

    for (const step of options.cleanup ?? []) {
      try {
        await step();
      } catch (error) {
        log('shutdown: cleanup step failed', { error: error instanceof Error ? error.message : String(error) });
      }
    }
    log('shutdown: complete', { outcome: drained ? 'drained' : 'forced' });
    return drained ? 'drained' : 'forced';
  }

  return {
    get draining() {
      return draining;
    },
    wrap(listener) {
      return (req: IncomingMessage, res: ServerResponse) => {
        if (draining && !PROBES.has((req.url ?? '/').split('?')[0]!)) return refuse(res);
        inFlight.add(res);
        res.once('close', () => {
          inFlight.delete(res);
          if (draining && inFlight.size === 0) settled?.();
        });
        if (draining) res.setHeader('connection', 'close');
        listener(req, res);
      };
    },
    shutdown(server) {
      running ??= run(server);
      return running;
    },
  };
}

/**
 * SIGTERM (orchestrators) and SIGINT (Ctrl-C) start one shutdown; the process exits 0 once it completed. Should a
 * cleanup step hang, the process exits 1 a little after the drain deadline rather than never.
 */
export function exitOnSignals(shutdown: () => Promise<unknown>, timeoutMs: number, log: (message: string) => void = () => undefined): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    log(`shutdown: ${signal} received`);
    setTimeout(() => process.exit(1), timeoutMs + CLEANUP_GRACE_MS).unref();
    shutdown().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** Revoking the bank token is capped at 2 s (token-provider.ts); the rest of the cleanup is local. */
const CLEANUP_GRACE_MS = 5_000;
