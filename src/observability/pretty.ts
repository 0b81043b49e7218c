import { createRequire } from 'node:module';
import { pino, type DestinationStream } from 'pino';
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

// pino's levels of an operation line, as pino-pretty names and colours them.
const OPERATION_LEVELS: Record<number, { name: string; color: number }> = {
  30: { name: 'INFO', color: 32 },
  40: { name: 'WARN', color: 33 },
  50: { name: 'ERROR', color: 31 },
};

const two = (n: number) => String(n).padStart(2, '0');

/** pino-pretty's `SYS:HH:MM:ss.l`: local wall-clock time. */
function clock(epochMs: number): string {
  const t = new Date(epochMs);
  return `${two(t.getHours())}:${two(t.getMinutes())}:${two(t.getSeconds())}.${String(t.getMilliseconds()).padStart(3, '0')}`;
}

/** How pino-pretty prints a line in dev mode; the operation-line fast path below must match it. */
export function prettyOptions(colorize: boolean): PinoPretty.PrettyOptions {
  return {
    colorize,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    hideObject: true,
    messageFormat: (log, messageKey) => (isOperationLine(log) ? operationSummary(log) : String(log[messageKey] ?? '')),
  };
}

/**
 * pino-pretty for a developer's terminal: one short line per operation (the JSON fields stay out of it; production
 * and pipes keep the JSON line). Loaded on demand, so a deployment never imports the prettifier.
 *
 * Operation lines, one per request, are formatted here as pino-pretty would format them: through pino-pretty's
 * stream (line splitting, generic filtering, date formatting) they made dev mode cost ~40 % more CPU per operation
 * than production (S1: 1.66 against 1.20 ms CPU per operation). Every other line still goes through pino-pretty.
 */
export function prettyDestination(destination?: DestinationStream, colorize = destination === undefined): DestinationStream {
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  // As the JSON destination: a saturated event loop must not pile up lines in the heap (logger.ts).
  const out = destination ?? pino.destination({ dest: 1, sync: true });
  const prettify = prettyFactory(prettyOptions(colorize));
  const paint = (color: number, text: string) => (colorize ? `\u001b[${color}m${text}\u001b[39m` : text);
  return {
    write(text: string) {
      const log = JSON.parse(text) as Line;
      const level = OPERATION_LEVELS[log.level as number];
      if (!level || !isOperationLine(log) || typeof log.time !== 'number') return out.write(prettify(log));
      out.write(`[${clock(log.time)}] ${paint(level.color, level.name)}: ${paint(36, operationSummary(log))}\n`);
    },
  };
}
