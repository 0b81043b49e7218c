// The request log tests count upstream calls with. An entry is added when a request arrives and
// completed just before its response is written, so a client that has its answer always finds the
// finished entry. Hung and dropped calls finish with status 0.
import { performance } from 'node:perf_hooks';
import type { RequestLogEntry, RouteName } from '../types.js';

// A benchmark can send millions of calls; keep the newest ones only.
const MAX_ENTRIES = 50_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  start(method: string, path: string, query: URLSearchParams, route: RouteName, transactionId?: string): RequestLogEntry {
    const startedAt = performance.now();
    const entry: RequestLogEntry = {
      method, path, query: Object.fromEntries(query), status: 0, route, startedAt, finishedAt: startedAt, durationMs: 0,
    };
    if (transactionId !== undefined) entry.transactionId = transactionId;
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES * 1.5) this.entries = this.entries.slice(-MAX_ENTRIES);
    return entry;
  }

  finish(entry: RequestLogEntry, status: number, bytes = 0): void {
    entry.status = status;
    entry.bytes = bytes;
    entry.finishedAt = performance.now();
    entry.durationMs = entry.finishedAt - entry.startedAt;
  }

  list(): RequestLogEntry[] {
    return this.entries.map((entry) => ({ ...entry, query: { ...entry.query } }));
  }

  clear(): void {
    this.entries = [];
  }
}
