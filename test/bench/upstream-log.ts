// The sandbox's admin API as the benchmark uses it: latency, and the request log that upstream calls are counted from.
import type { LoggedCall } from './plan.js';

export interface LogEntry extends LoggedCall {
  status: number;
  /** Response body bytes (the sandbox records them for the benchmark). */
  bytes?: number;
}

export interface UpstreamCost {
  /** Resource calls (token and admin calls excluded) per operation. */
  calls: number;
  /** Token calls per operation. */
  tokenCalls: number;
  /** Response bytes of all upstream calls (token calls included) per operation. */
  bytes: number;
  /** Resource calls by route, per operation, e.g. "accounts 1, recipients 1". */
  byRoute: string;
}

export function sandboxAdmin(sandboxUrl: string) {
  const admin = `${sandboxUrl}/__sandbox`;
  return {
    async setLatency(ms: number): Promise<void> {
      const res = await fetch(`${admin}/faults`, {
        method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults: [], latencyMs: ms }),
      });
      if (res.status !== 204) throw new Error(`sandbox refused the latency (${res.status})`);
    },
    async clear(): Promise<void> {
      await fetch(`${admin}/requests`, { method: 'DELETE' });
    },
    async calls(): Promise<LogEntry[]> {
      return (await (await fetch(`${admin}/requests`)).json()) as LogEntry[];
    },
  };
}

export function costOf(entries: LogEntry[], operations: number): UpstreamCost {
  const resource = entries.filter((e) => e.route !== 'token' && e.route !== 'revoke' && e.route !== 'admin');
  const routes = new Map<string, number>();
  for (const e of resource) routes.set(e.route, (routes.get(e.route) ?? 0) + 1);
  return {
    calls: resource.length / operations,
    tokenCalls: entries.filter((e) => e.route === 'token').length / operations,
    bytes: entries.reduce((sum, e) => sum + (e.bytes ?? Number.NaN), 0) / operations,
    byRoute: [...routes].map(([route, n]) => `${route} ${n / operations}`).join(', '),
  };
}
