// Figures of the gateway process itself: cold start, and RSS under many connections over minutes.
import autocannon from 'autocannon';
import type { BenchOptions } from './options.js';
import { rssOf, sampleRss } from './procs.js';
import type { Scenario } from './scenarios.js';
import { checkAnswer, send, startContestant, targetFor, type ViewerTokens } from './session.js';

export interface ColdStart {
  /** spawn → listening. */
  readyMs: number[];
  /** spawn → first query answered (includes the first bank token). */
  answeredMs: number[];
}

export async function measureColdStarts(runs: number, sandboxUrl: string, token: string): Promise<ColdStart> {
  const result: ColdStart = { readyMs: [], answeredMs: [] };
  const scenario: Scenario = { id: 'S2', title: 'cold start', user: 'retailRich', query: '{ viewer { accounts { id } } }' };
  for (let i = 0; i < runs; i++) {
    const gateway = await startContestant('gateway', sandboxUrl);
    try {
      checkAnswer('gateway', scenario, await send(targetFor('gateway', gateway, scenario, { retailRich: token, business: token })));
      result.answeredMs.push(performance.now() - gateway.spawnedAt);
      result.readyMs.push(gateway.readyMs);
    } finally {
      await gateway.stop();
    }
  }
  return result;
}

export interface RssRun {
  seconds: number;
  connections: number;
  latencyMs: number;
  requests: number;
  failures: number;
  /** Largest 1-second sample, and the kernel's high-water mark (VmHWM) at the end. */
  peak: number;
  hwm: number;
  firstThird: number;
  lastThird: number;
  samples: number[];
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The gateway variants with an RSS run: as `npm start` runs it, heap capped, and with V8's defaults. */
export type RssKey = 'gateway' | 'gateway-heapcap' | 'gateway-v8defaults';

/** A fresh gateway under all scenarios in turn; RSS sampled every second after the warm-up. */
export async function measureRss(opts: BenchOptions, sandboxUrl: string, scenarios: Scenario[], tokens: ViewerTokens,
  key: RssKey, seconds: number): Promise<RssRun> {
  const gateway = await startContestant(key, sandboxUrl);
  try {
    const requests = scenarios.map((scenario) => {
      const target = targetFor('gateway', gateway, scenario, tokens);
      return { method: target.method, path: '/graphql', headers: target.headers, body: target.body };
    });
    const base = { url: gateway.url, connections: opts.rssConnections, requests, timeout: 10 };
    await autocannon({ ...base, duration: Math.max(opts.warmupSeconds, 2) });
    const rss = sampleRss(gateway.pid, 1000);
    const result = await autocannon({ ...base, duration: seconds });
    const peak = rss.stop();
    const samples = rss.samples.map((s) => s.rss);
    const third = Math.max(1, Math.floor(samples.length / 3));
    return {
      seconds,
      connections: opts.rssConnections,
      latencyMs: opts.rssLatencyMs,
      requests: result.requests.total,
      failures: result.non2xx + result.errors + result.timeouts,
      peak,
      hwm: rssOf(gateway.pid, 'VmHWM'),
      firstThird: mean(samples.slice(0, third)),
      lastThird: mean(samples.slice(-third)),
      samples,
    };
  } finally {
    await gateway.stop();
  }
}
