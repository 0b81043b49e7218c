/**
 * `npm run bench`: raw REST vs our gateway vs the usual first attempt, side by side, in one run on this machine
 * (see README section in RESULTS.md). Settings: options.ts. Writes test/bench/RESULTS.md after a complete run.
 */
import { measureDevMode } from './dev-mode.js';
import { appendAbLog, writeReport, type BenchReport, type Cell, type CostRow } from './report.js';
import { runLoad, type LoadSettings } from './load.js';
import { buildChildren, describeMachine } from './machine.js';
import { loadOptions, type ScenarioId } from './options.js';
import { planFromCalls, type RawPlans } from './plan.js';
import { startChild, type Child } from './procs.js';
import { measureColdStarts, measureRss, type RssKey } from './process-figures.js';
import { buildScenarios, DISCOVERY_QUERY, idsFrom, type Scenario } from './scenarios.js';
import {
  checkAnswer, sameData, send, startContestant, startFlags, targetFor, transports, viewerTokens, type ContestantKey,
} from './session.js';
import { costOf, sandboxAdmin } from './upstream-log.js';

const opts = loadOptions();
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const children: Child[] = [];

async function main(): Promise<void> {
  const machine = describeMachine();
  log(`machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, node ${machine.node}`);
  log('building src/ and the benchmark servers to JS …');
  buildChildren();
  const sandbox = await startChild('sandbox', 'test/bench/servers/sandbox.js', {});
  children.push(sandbox);
  const admin = sandboxAdmin(sandbox.url);
  await admin.setLatency(0);
  const tokens = await viewerTokens();

  const cold = opts.coldStarts > 0 ? await measureColdStarts(opts.coldStarts, sandbox.url, tokens.retailRich) : undefined;
  if (cold) log(`cold start: answered after ${cold.answeredMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);

  const keys: ContestantKey[] = [];
  if (opts.contestants.includes('raw')) keys.push('raw');
  keys.push('gateway');
  if (opts.contestants.includes('baseline')) keys.push('baseline');
  for (const comparison of opts.comparisons) keys.push(comparison.key);
  /** Variants are measured at 0 ms and only for their scenarios; the contestants everywhere. */
  const measures = (key: ContestantKey, scenario: ScenarioId, latency: number) => {
    const comparison = opts.comparisons.find((c) => c.key === key);
    return !comparison || (latency === 0 && comparison.scenarios.includes(scenario));
  };
  const procs = {} as Record<ContestantKey, Child>;
  for (const key of keys) children.push((procs[key] = await startContestant(key, sandbox.url)));
  const measure = async (key: ContestantKey, scenario: Scenario, latency: number, settings: LoadSettings): Promise<Cell> => {
    const load = await runLoad(targetFor(key, procs[key], scenario, tokens), settings, procs[key].pid);
    await admin.clear();
    log(`${scenario.id} @${latency} ms ×${settings.connections} ${key.padEnd(17)} ${load.rps.toFixed(0).padStart(6)} req/s  p50 ${load.p50} ms  p99 ${load.p99} ms  cpu ${load.cpuMsPerOp.toFixed(2)} ms/op  rss ${(load.peakRss / 2 ** 20).toFixed(0)} MB${load.failures ? `  FAILURES ${load.failures}` : ''}`);
    return { scenario: scenario.id, contestant: key, latency, connections: settings.connections, load };
  };

  const gatewayTarget = (query: string) => targetFor('gateway', procs.gateway, { id: 'S1', title: '', user: 'retailRich', query }, tokens);
  const discovery = checkAnswer('gateway', { id: 'S1', title: 'discovery', user: 'retailRich', query: '' }, await send(gatewayTarget(DISCOVERY_QUERY)));
  const scenarios = buildScenarios(idsFrom((discovery as { viewer: { accounts: [] } }).viewer.accounts))
    .filter((s) => opts.scenarios.includes(s.id));

  // The raw contestant replays the gateway's own calls, with the dependency levels seen under 25 ms latency.
  await admin.setLatency(25);
  const plans: RawPlans = {};
  const locations: Partial<Record<ScenarioId, number>> = {};
  for (const scenario of scenarios) {
    const data = checkAnswer('gateway', scenario, await send(targetFor('gateway', procs.gateway, scenario, tokens)));
    await admin.clear();
    checkAnswer('gateway', scenario, await send(targetFor('gateway', procs.gateway, scenario, tokens)));
    plans[scenario.id] = planFromCalls((await admin.calls()).filter((c) => c.route !== 'token'));
    if (scenario.id === 'S4') locations.S4 = (data as { viewer: { locations: unknown[] } }).viewer.locations.length;
  }
  if (procs.raw) await procs.raw.send({ type: 'plans', plans }, 'plans-ok');
  await admin.setLatency(0);

  const { costs, expected, consistent } = await countAndVerify(scenarios, keys, procs, tokens, admin);
  const cells: Cell[] = [];
  for (const latency of opts.latencies) {
    await admin.setLatency(latency);
    for (const scenario of scenarios) {
      for (const key of keys) {
        if (!measures(key, scenario.id, latency)) continue;
        const settings = { connections: opts.connections, durationSeconds: opts.durationSeconds, warmupSeconds: opts.warmupSeconds, expectBody: expected[scenario.id][key] };
        cells.push(await measure(key, scenario, latency, settings));
      }
    }
  }
  if (opts.lightConnections > 0) {
    await admin.setLatency(25);
    for (const scenario of scenarios) {
      for (const key of keys.filter((k) => k === 'raw' || k === 'gateway')) {
        const settings = { connections: opts.lightConnections, durationSeconds: opts.lightSeconds, warmupSeconds: 1, expectBody: expected[scenario.id][key] };
        cells.push(await measure(key, scenario, 25, settings));
      }
    }
  }
  let devMode;
  if (opts.devModeScenarios.length > 0) {
    await admin.setLatency(0);
    const settings = { connections: opts.connections, durationSeconds: opts.durationSeconds, warmupSeconds: opts.warmupSeconds };
    devMode = await measureDevMode(procs.gateway, sandbox, scenarios.filter((s) => opts.devModeScenarios.includes(s.id)), tokens, settings, log);
  }
  for (const key of keys) await procs[key].stop();

  await admin.setLatency(opts.rssLatencyMs);
  const rssRun = async (key: RssKey, seconds: number) => {
    if (seconds <= 0) return undefined;
    log(`RSS run (${key}): ${opts.rssConnections} connections for ${seconds} s …`);
    const run = await measureRss(opts, sandbox.url, scenarios, tokens, key, seconds);
    log(`RSS run (${key}): peak ${(run.peak / 2 ** 20).toFixed(1)} MB, first third ${(run.firstThird / 2 ** 20).toFixed(1)} MB, last third ${(run.lastThird / 2 ** 20).toFixed(1)} MB`);
    return run;
  };
  const rss = await rssRun('gateway', opts.rssSeconds);
  const rssHeapCap = await rssRun('gateway-heapcap', opts.rssHeapCapSeconds);
  const rssV8Defaults = await rssRun('gateway-v8defaults', opts.rssHeapCapSeconds);

  const report: BenchReport = {
    date: new Date().toISOString(), machine, opts, transports: transports(), gatewayFlags: startFlags(), scenarios, plans, locations, costs, consistent, cells, cold, rss, rssHeapCap, rssV8Defaults, devMode,
    wallSeconds: (Date.now() - started) / 1000,
  };
  if (opts.abLabel) {
    appendAbLog(opts.abLabel, report);
    log(`appended "${opts.abLabel}" to test/bench/ab-log.json`);
  }
  const file = writeReport(report);
  log(`wrote ${file}`);
}

/** Counts upstream calls and bytes per operation, and checks every contestant answers the same. */
async function countAndVerify(scenarios: Scenario[], keys: ContestantKey[], procs: Record<ContestantKey, Child>,
  tokens: Awaited<ReturnType<typeof viewerTokens>>, admin: ReturnType<typeof sandboxAdmin>) {
  const costs: CostRow[] = [];
  const expected = {} as Record<ScenarioId, Partial<Record<ContestantKey, string>>>;
  const consistent = {} as Record<ScenarioId, boolean>;
  for (const scenario of scenarios) {
    expected[scenario.id] = {};
    const data: Partial<Record<ContestantKey, unknown>> = {};
    for (const key of keys) {
      const target = targetFor(key, procs[key], scenario, tokens);
      const first = await send(target);
      data[key] = checkAnswer(key, scenario, first);
      expected[scenario.id][key] = first.text;
      await admin.clear();
      for (let i = 0; i < opts.countOps; i++) {
        const again = await send(target);
        if (again.text !== first.text) throw new Error(`${key} ${scenario.id}: the answer changed between two requests`);
      }
      costs.push({ scenario: scenario.id, contestant: key, cost: costOf(await admin.calls(), opts.countOps) });
    }
    consistent[scenario.id] = keys.filter((k) => k !== 'raw').every((k) => sameData(data[k], data.gateway));
    if (!consistent[scenario.id]) log(`WARNING: ${scenario.id}: the contestants' GraphQL answers differ`);
  }
  return { costs, expected, consistent };
}

const stopAll = () => Promise.allSettled(children.map((c) => c.stop()));
main().then(stopAll, async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exitCode = 1;
});
