import { EventEmitter } from 'node:events';

export type LogLine = Record<string, any>;

/** A pino destination that keeps every line, with a way to await one (lines are written when a response closes). */
export function captureLogs() {
  const text: string[] = [];
  const events = new EventEmitter();
  const parsed = () => text.map((line) => JSON.parse(line) as LogLine);
  return {
    stream: {
      write(line: string) {
        text.push(line);
        events.emit('line', JSON.parse(line));
      },
    },
    text: () => text.join(''),
    lines: parsed,
    waitFor(match: (line: LogLine) => boolean): Promise<LogLine> {
      const found = parsed().find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => {
        const onLine = (line: LogLine) => {
          if (!match(line)) return;
          events.off('line', onLine);
          resolve(line);
        };
        events.on('line', onLine);
      });
    },
  };
}
