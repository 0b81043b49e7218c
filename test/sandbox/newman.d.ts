// The slice of newman's library API the Postman tests use (newman ships no type declarations).
declare module 'newman' {
  import type { EventEmitter } from 'node:events';

  export interface NewmanRunOptions {
    collection: object;
    environment?: object;
    reporters?: string | string[];
    timeoutRequest?: number;
  }

  export interface NewmanExecution {
    item: { name: string };
    request: { method: string; url: { toString(): string } };
    response?: { code: number; text(): string };
    requestError?: Error;
  }

  export interface NewmanFailure {
    error: { name: string; message: string; test?: string };
    source?: { name?: string };
  }

  export interface NewmanRunSummary {
    run: { executions: NewmanExecution[]; failures: NewmanFailure[] };
    environment: { values: { toObject(): Record<string, unknown> } };
  }

  export function run(options: NewmanRunOptions, callback: (error: Error | null, summary: NewmanRunSummary) => void): EventEmitter;

  const newman: { run: typeof run };
  export default newman;
}
