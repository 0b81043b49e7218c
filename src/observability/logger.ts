import { createHmac, randomBytes } from 'node:crypto';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';
import { prettyDestination } from './pretty.js';
import { censor, REDACT_PATHS, type Scrubber } from './redact.js';

export type { Logger };

/** The shape of Apollo Server's `logger` option. */
export type ApolloLogger = Record<'debug' | 'info' | 'warn' | 'error', (message?: unknown) => void>;

export interface LoggerOptions {
  level: LogLevel;
  /** Where JSON lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
  /** Applied to free text: messages, error messages and stacks. */
  scrub: Scrubber;
  /** Human lines (pino-pretty) instead of JSON: dev mode on a terminal. */
  pretty?: boolean;
}

export function createLogger({ level, destination, scrub, pretty = false }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { service: 'candescent-accounts-graphql' },
      redact: { paths: REDACT_PATHS, censor },
      serializers: {
        err: (error: Error) => {
          const serialized = stdSerializers.err(error);
          return { ...serialized, message: scrub(serialized.message), stack: scrub(serialized.stack) };
        },
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg: unknown) => (typeof arg === 'string' ? scrub(arg) : arg));
          // Without a message pino copies the error's raw message into `msg`: give it the scrubbed one.
          const [first] = scrubbed;
          const error = first instanceof Error ? first : (first as { err?: unknown } | undefined)?.err;
          if (scrubbed.length === 1 && error instanceof Error) scrubbed.push(scrub(error.message));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    // pino's default stdout stream writes asynchronously, one 16 KB chunk per completed write: a saturated event
    // loop produces lines faster than that, and the backlog grew the heap by ~0.3 KB per operation for as long as
    // the load lasted (test/bench/RESULTS.md). Synchronous writes cannot fall behind; a slow reader slows us instead.
    pretty ? prettyDestination(destination) : destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** Apollo Server's own messages (plugin failures, shutdown) as pino lines, scrubbed like the rest. */
export function apolloLogger(logger: Logger): ApolloLogger {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (message?: unknown) => child.debug(String(message)),
    info: (message?: unknown) => child.info(String(message)),
    warn: (message?: unknown) => child.warn(String(message)),
    error: (message?: unknown) => (message instanceof Error ? child.error({ err: message }) : child.error(String(message))),
  };
}

const VIEWER_HASH_CACHE = 10_000;

/**
 * A per-process keyed hash of the viewer: lines of one customer correlate within a process, but the raw user
 * id (a bank login or host id) never reaches the log store, and the hash cannot be reversed by trying ids.
 */
export function createViewerHasher(key: Buffer = randomBytes(32)): (idType: string, userId: string) => string {
  // An HMAC per log line was ~1 % of a simple operation's CPU; a customer's hash never changes within the process.
  const known = new Map<string, string>();
  return (idType, userId) => {
    const id = `${idType}:${userId}`;
    let hash = known.get(id);
    if (hash === undefined) {
      hash = createHmac('sha256', key).update(id).digest('hex').slice(0, 16);
      if (known.size >= VIEWER_HASH_CACHE) known.delete(known.keys().next().value as string);
      known.set(id, hash);
    }
    return hash;
  };
}
