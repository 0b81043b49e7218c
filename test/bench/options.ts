// Benchmark settings: environment variables (and `--quick`, `--ab <label>` arguments) with defaults for a full run.

export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5';
export type ContestantId = 'raw' | 'gateway' | 'baseline';
export const SCENARIO_IDS: readonly ScenarioId[] = ['S1', 'S2', 'S3', 'S4', 'S5'];
export const CONTESTANT_IDS: readonly ContestantId[] = ['raw', 'gateway', 'baseline'];

/** A gateway variant measured next to the gateway itself, at 0 ms upstream latency. */
export interface Comparison {
  key: 'gateway-alt' | 'gateway-cluster' | 'gateway-heapcap' | 'gateway-v8defaults';
  scenarios: ScenarioId[];
}

export interface BenchOptions {
  quick: boolean;
  /** Set by `--ab <label>`: gateway only, figures appended to the A/B log (RESULTS.md is not written). */
  abLabel?: string;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  latencies: number[];
  scenarios: ScenarioId[];
  contestants: ContestantId[];
  comparisons: Comparison[];
  /** Latency under light load: (a) and (b) at 25 ms with this many connections (0: skipped). */
  lightConnections: number;
  lightSeconds: number;
  /** Dev mode (`npm start` on a terminal) against production, at 0 ms, for these scenarios (dev-mode.ts). */
  devModeScenarios: ScenarioId[];
  rssSeconds: number;
  /** Second and third RSS runs, of the gateway with HEAP_CAP_FLAGS and with V8's defaults (0: skipped). */
  rssHeapCapSeconds: number;
  rssConnections: number;
  rssLatencyMs: number;
  coldStarts: number;
  /** Operations sent one by one to count upstream calls and bytes per operation. */
  countOps: number;
  /** True when every scenario, contestant and latency runs with the default durations: only then is RESULTS.md written. */
  complete: boolean;
}

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
  return value;
}

/** A comma-separated subset of `allowed`; unset: `fallback`; "none": empty. */
function list<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[] = allowed): T[] {
  const raw = process.env[name];
  if (raw === 'none') return [];
  if (!raw) return [...fallback];
  const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
  for (const v of values) if (!allowed.includes(v as T)) throw new Error(`${name}: unknown value ${v} (allowed: ${allowed.join(', ')})`);
  return values as T[];
}

export function loadOptions(argv: string[] = process.argv.slice(2)): BenchOptions {
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const abIndex = argv.indexOf('--ab');
  const abLabel = abIndex >= 0 ? argv[abIndex + 1] : undefined;
  if (abIndex >= 0 && !abLabel) throw new Error('--ab needs a label, e.g. npx tsx test/bench/run.ts --ab "+ cache-control plugin off"');
  const scenarios = list('BENCH_SCENARIOS', SCENARIO_IDS);
  const contestants = abLabel ? (['gateway'] as ContestantId[]) : list('BENCH_CONTESTANTS', CONTESTANT_IDS);
  const latencies = (process.env.BENCH_LATENCIES ?? '0,25').split(',').map(Number);
  const durationSeconds = num('BENCH_DURATION_SECONDS', quick ? 3 : 8);
  const warmupSeconds = num('BENCH_WARMUP_SECONDS', quick ? 1 : 2);
  const rssSeconds = num('BENCH_RSS_SECONDS', quick ? 15 : 120);
  const comparison = (key: Comparison['key'], name: string, fallback: ScenarioId[]): Comparison[] => {
    const chosen = abLabel ? [] : list(name, SCENARIO_IDS, fallback).filter((s) => scenarios.includes(s));
    return chosen.length > 0 ? [{ key, scenarios: chosen }] : [];
  };
  const complete = !quick && !abLabel && scenarios.length === SCENARIO_IDS.length
    && contestants.length === CONTESTANT_IDS.length && latencies.join() === '0,25'
    && durationSeconds >= 8 && rssSeconds >= 120;
  return {
    quick,
    abLabel,
    durationSeconds,
    warmupSeconds,
    connections: num('BENCH_CONNECTIONS', 32),
    latencies,
    scenarios,
    contestants,
    comparisons: [
      ...comparison('gateway-alt', 'BENCH_TRANSPORT_SCENARIOS', [...SCENARIO_IDS]),
      ...comparison('gateway-heapcap', 'BENCH_HEAPCAP_SCENARIOS', ['S2', 'S5']),
      ...comparison('gateway-v8defaults', 'BENCH_V8DEFAULTS_SCENARIOS', ['S2', 'S5']),
      ...comparison('gateway-cluster', 'BENCH_CLUSTER_SCENARIOS', ['S1']),
    ],
    lightConnections: abLabel || !latencies.includes(25) ? 0 : num('BENCH_LIGHT_CONNECTIONS', 4),
    lightSeconds: num('BENCH_LIGHT_SECONDS', quick ? 2 : 3),
    devModeScenarios: abLabel ? [] : list('BENCH_DEV_MODE_SCENARIOS', SCENARIO_IDS, ['S1', 'S2']).filter((s) => scenarios.includes(s)),
    rssSeconds: abLabel ? 0 : rssSeconds,
    rssHeapCapSeconds: abLabel || rssSeconds === 0 ? 0 : num('BENCH_RSS_HEAPCAP_SECONDS', quick ? 10 : 45),
    rssConnections: num('BENCH_RSS_CONNECTIONS', 100),
    rssLatencyMs: num('BENCH_RSS_LATENCY_MS', 0),
    coldStarts: abLabel ? 0 : num('BENCH_COLD_STARTS', 3),
    countOps: 4,
    complete,
  };
}
