import { createRequire } from 'node:module';
import type { DestinationStream } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { OperationLine } from './operation-log.js';

type Line = Record<string, unknown>;

const isOperationLine = (log: Line): log is Line & OperationLine =>
  typeof log.operation === 'string' && typeof log.upstreamCount === 'number';

/** What a developer watching the terminal wants of an operation: which, how it went, how long, what it cost the bank. */
export function operationSummary(line: OperationLine): string {
  const calls = `${line.upstreamCount} bank call${line.upstreamCount === 1 ? '' : 's'}`;
  const codes = line.errorCodes.length > 0 ? ` [${line.errorCodes.join(', ')}]` : '';
  return `${line.operation} ${line.outcome} ${line.status} ${line.durationMs} ms, ${calls}${codes}`;
}

/**
 * pino-pretty for a developer's terminal: one short line per operation (the JSON fields stay out of it; production
 * and pipes keep the JSON line). Loaded on demand, so a deployment never imports the prettifier.
 */
export function prettyDestination(destination?: DestinationStream): DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  return pretty({
    destination: destination ?? 1,
    // As the JSON destination: a saturated event loop must not pile up lines in the heap (logger.ts).
    sync: true,
    colorize: destination === undefined,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    hideObject: true,
    messageFormat: (log, messageKey) => (isOperationLine(log) ? operationSummary(log) : String(log[messageKey] ?? '')),
  });
}
