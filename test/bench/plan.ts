// What the raw-REST contestant replays: the gateway's own upstream calls for a scenario, grouped into the levels
// in which they depend on each other (a call is one level below every call that had finished before it began).

/** Per scenario: levels of `path?query` strings; calls of one level run concurrently. */
export type RawPlans = Record<string, string[][]>;

export interface LoggedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  route: string;
  startedAt: number;
  finishedAt: number;
}

function pathAndQuery(call: LoggedCall): string {
  const query = Object.entries(call.query).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return query ? `${call.path}?${query}` : call.path;
}

/** Needs calls logged with upstream latency injected, so that dependent calls cannot overlap their parents. */
export function planFromCalls(calls: LoggedCall[]): string[][] {
  const sorted = [...calls].sort((a, b) => a.startedAt - b.startedAt);
  const levels: number[] = [];
  sorted.forEach((call, i) => {
    let level = 0;
    for (let j = 0; j < i; j++) if (sorted[j].finishedAt <= call.startedAt) level = Math.max(level, levels[j] + 1);
    levels.push(level);
  });
  const plan: string[][] = [];
  sorted.forEach((call, i) => {
    if (call.method !== 'GET') throw new Error(`scenario made a ${call.method} call; the raw contestant replays reads only`);
    (plan[levels[i]] ??= []).push(pathAndQuery(call));
  });
  return plan;
}
