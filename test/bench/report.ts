// RESULTS.md (and the console table) from one run's figures; the A/B log of performance changes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MB, cell, cost, fmt, label, ratio, type BenchReport } from './figures.js';
import type { RssRun } from './process-figures.js';
import type { ScenarioId } from './options.js';
import { DEV_MODE_ROUNDS } from './dev-mode.js';
import { REPO } from './procs.js';
import { HEAP_CAP_FLAGS, type ContestantKey } from './session.js';
import { methodSection, notesSection, targetRows } from './report-text.js';

export type { BenchReport, Cell, CostRow } from './figures.js';

const AB_LOG = path.join(REPO, 'test/bench/ab-log.json');

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function latencyTable(report: BenchReport, latency: number): string {
  const rows: string[][] = [];
  for (const s of report.scenarios) {
    for (const key of ['raw', 'gateway', 'gateway-alt', 'gateway-cluster', 'gateway-heapcap', 'gateway-v8defaults', 'baseline'] as ContestantKey[]) {
      const load = cell(report, s.id, key, latency);
      if (!load) continue;
      const c = cost(report, s.id, key);
      rows.push([s.id, label(report, key), fmt(load.rps), fmt(load.p50), fmt(load.p99), fmt(load.cpuMsPerOp, 2), fmt(c?.calls, 1), fmt(c?.tokenCalls, 1),
        fmt(c && c.bytes / 1024, 1), fmt(load.peakRss / MB), String(load.failures)]);
    }
  }
  return table(['Scenario', 'Contestant', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/op', 'calls/op', 'token calls/op', 'KB read/op', 'peak RSS MB', 'failures'], rows);
}

function ratioTable(report: BenchReport): string {
  const rows: string[][] = [];
  for (const latency of report.opts.latencies) {
    for (const s of report.scenarios) {
      const [a, b, c] = (['raw', 'gateway', 'baseline'] as ContestantKey[]).map((k) => cell(report, s.id, k, latency));
      if (!b) continue;
      rows.push([s.id, `${latency} ms`, ratio(b.rps, a?.rps), ratio(b.rps, c?.rps), ratio(b.p50, a?.p50), ratio(b.p50, c?.p50),
        ratio(cost(report, s.id, 'gateway')?.calls, cost(report, s.id, 'baseline')?.calls),
        ratio(cost(report, s.id, 'gateway')?.bytes, cost(report, s.id, 'baseline')?.bytes)]);
    }
  }
  return table(['Scenario', 'latency', '(b)/(a) req/s', '(b)/(c) req/s', '(b)/(a) p50', '(b)/(c) p50', '(b)/(c) calls', '(b)/(c) bytes'], rows);
}

function transportTable(report: BenchReport): string | undefined {
  const rows = report.scenarios.flatMap((s) => {
    const main = cell(report, s.id, 'gateway', 0);
    const alt = cell(report, s.id, 'gateway-alt', 0);
    if (!main || !alt) return [];
    return [[s.id, fmt(main.rps), fmt(alt.rps), ratio(main.rps, alt.rps), `${fmt(main.p50)} / ${fmt(alt.p50)}`, `${fmt(main.p99)} / ${fmt(alt.p99)}`]];
  });
  if (rows.length === 0) return undefined;
  const { default: d, alt } = report.transports;
  return table(['Scenario', `${d} req/s`, `${alt} req/s`, `${d}/${alt}`, `p50 ms ${d} / ${alt}`, `p99 ms ${d} / ${alt}`], rows);
}

function lightTable(report: BenchReport): string | undefined {
  const n = report.opts.lightConnections;
  const rows = report.scenarios.flatMap((s) => {
    const a = cell(report, s.id, 'raw', 25, n);
    const b = cell(report, s.id, 'gateway', 25, n);
    if (!b) return [];
    return [[s.id, `${fmt(a?.p50)} / ${fmt(a?.p99)}`, `${fmt(b.p50)} / ${fmt(b.p99)}`, a ? fmt(b.p50 - a.p50) : '–', `${fmt(a?.rps)} / ${fmt(b.rps)}`]];
  });
  if (rows.length === 0) return undefined;
  return table(['Scenario', '(a) p50 / p99 ms', '(b) p50 / p99 ms', '(b) − (a) p50 ms', 'req/s (a) / (b)'], rows);
}

function processSection(report: BenchReport): string {
  const lines: string[] = [];
  if (report.cold) {
    lines.push(`- Cold start (spawn of a compiled gateway process → listening / → first query answered, which includes the first bank token), ${report.cold.answeredMs.length} run${report.cold.answeredMs.length === 1 ? '' : 's'}: listening after ${report.cold.readyMs.map((ms) => fmt(ms)).join(', ')} ms; answered after ${report.cold.answeredMs.map((ms) => fmt(ms)).join(', ')} ms.`);
  }
  const describe = (r: RssRun, what: string) => {
    lines.push(`- RSS run, ${what}: a fresh gateway, ${r.connections} connections for ${r.seconds} s (after a warm-up), all scenarios in turn, upstream latency ${r.latencyMs} ms: ${r.requests} operations, ${r.failures} failures. Peak RSS ${fmt(r.peak / MB, 1)} MB (kernel high-water mark ${fmt(r.hwm / MB, 1)} MB); mean of the first third ${fmt(r.firstThird / MB, 1)} MB, of the last third ${fmt(r.lastThird / MB, 1)} MB (${fmt((r.lastThird / r.firstThird - 1) * 100, 1)} %).`);
    lines.push(`  Samples (MB, one per second): ${r.samples.map((v) => fmt(v / MB)).join(' ')}`);
  };
  if (report.rss) describe(report.rss, 'as `npm start` runs it');
  if (report.rssHeapCap) describe(report.rssHeapCap, `with \`${HEAP_CAP_FLAGS.join(' ')}\` (b‴)`);
  if (report.rssV8Defaults) describe(report.rssV8Defaults, 'with V8\'s default heap sizing, no flags (b⁗)');
  return lines.join('\n');
}

interface AbEntry { label: string; date: string; loadAverage: number; cells: Array<{ scenario: ScenarioId; latency: number; rps: number; p50: number; p99: number; cpuMsPerOp: number }> }

export function appendAbLog(labelText: string, report: BenchReport): void {
  const log: AbEntry[] = existsSync(AB_LOG) ? (JSON.parse(readFileSync(AB_LOG, 'utf8')) as AbEntry[]) : [];
  log.push({
    label: labelText,
    date: report.date,
    loadAverage: report.machine.loadAverage,
    cells: report.cells.filter((c) => c.contestant === 'gateway' && c.connections === report.opts.connections).map((c) => ({
      scenario: c.scenario, latency: c.latency, rps: Math.round(c.load.rps), p50: c.load.p50, p99: c.load.p99,
      cpuMsPerOp: Math.round(c.load.cpuMsPerOp * 1000) / 1000,
    })),
  });
  writeFileSync(AB_LOG, `${JSON.stringify(log, null, 2)}\n`);
}

function abSection(): string {
  if (!existsSync(AB_LOG)) return '_No A/B measurements recorded._';
  const log = JSON.parse(readFileSync(AB_LOG, 'utf8')) as AbEntry[];
  const columns = [...new Set(log.flatMap((e) => e.cells.map((c) => `${c.scenario}@${c.latency}`)))];
  const rows = log.map((e) => [e.label, e.date.slice(0, 16).replace('T', ' '), fmt(e.loadAverage, 1), ...columns.map((col) => {
    const c = e.cells.find((x) => `${x.scenario}@${x.latency}` === col);
    return c ? `${c.rps} / ${c.p50} / ${fmt(c.cpuMsPerOp, 2)}` : '–';
  })]);
  const deltas = log.slice(1).map((after, i) => {
    const before = log[i];
    const pair = (scenario: ScenarioId, latency: number) => [before, after].map((e) => e.cells.find((c) => c.scenario === scenario && c.latency === latency));
    const change = (b: number, a: number, digits: number) => `${fmt(b, digits)} → ${fmt(a, digits)} (${a >= b ? '+' : ''}${fmt((a / b - 1) * 100)} %)`;
    const parts = after.cells.filter((c) => c.latency === 0).map((c) => {
      const [b0] = pair(c.scenario, 0);
      const [b25, a25] = pair(c.scenario, 25);
      const cpu = b0 ? `CPU ${change(b0.cpuMsPerOp, c.cpuMsPerOp, 2)}` : '';
      const p50 = b25 && a25 ? `, p50 at 25 ms ${change(b25.p50, a25.p50, 0)}` : '';
      return `${c.scenario}: ${cpu}${p50}`;
    });
    return `- **${after.label}** — before → after, gateway CPU ms/op at 0 ms and p50 ms at 25 ms: ${parts.join('; ')}.`;
  });
  return [table(['Change (A/B run)', 'date (UTC)', 'load avg', ...columns.map((c) => `${c} ms: req/s / p50 ms / CPU ms/op`)], rows), '', ...deltas].join('\n');
}

function devModeTable(report: BenchReport): string | undefined {
  if (!report.devMode?.length) return undefined;
  return table(['Scenario', 'production CPU ms/op (gateway + bank)', 'dev mode CPU ms/op', 'dev / production', 'req/s production / dev', 'same answer'],
    report.devMode.map((d) => [d.scenario, fmt(d.productionCpuMsPerOp, 2), fmt(d.devCpuMsPerOp, 2), ratio(d.devCpuMsPerOp, d.productionCpuMsPerOp),
      `${fmt(d.productionRps)} / ${fmt(d.devRps)}`, d.sameAnswer ? 'yes' : '**NO**']));
}

export function renderReport(report: BenchReport): string {
  const m = report.machine;
  const transports = transportTable(report);
  const light = lightTable(report);
  const devMode = devModeTable(report);
  return [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` on ${report.date.slice(0, 10)} (${report.date}); do not edit by hand. Wall time of the run: ${fmt(report.wallSeconds)} s.`,
    '',
    `**Machine:** ${m.cpus} CPUs (\`nproc\`), ${m.cpuModel}, ${m.memoryGb} GB memory, Node ${m.node}, ${m.platform}. 1-minute load average at the start: ${fmt(m.loadAverage, 1)}. The load generator, the sandbox bank and the server under test share these CPUs.`,
    '',
    `**Gateway start:** \`node ${[...report.gatewayFlags, 'dist/src/main.js'].join(' ')}\` (the flags of \`npm start\`), one process (\`WORKERS=1\`) unless stated.`,
    '',
    `**Settings:** ${report.opts.connections} connections, ${report.opts.warmupSeconds} s warm-up then ${report.opts.durationSeconds} s measured per cell; ${report.opts.countOps} sequential operations to count upstream calls.`,
    '',
    methodSection(report),
    '',
    ...report.opts.latencies.flatMap((latency) => [`## Upstream latency ${latency} ms per call`, '', latencyTable(report, latency), '']),
    '## Ratios', '', ratioTable(report), '',
    ...(transports ? ['## Upstream HTTP client (UPSTREAM_HTTP), gateway at 0 ms latency', '', transports, ''] : []),
    ...(light ? [`## Latency under light load: 25 ms upstream latency, ${report.opts.lightConnections} connections`, '',
      'What the layer adds to a request when the machine is not saturated (the main tables use the full connection count, where queueing for the 2 CPUs dominates p50).', '', light, ''] : []),
    ...(devMode ? ['## Dev mode against production, 0 ms upstream latency', '',
      `\`npm start\` with no bank configured, as a developer runs it: stdout a terminal (a pseudo-terminal from \`script\`, so logs are pino-pretty's), the sandbox bank in the gateway's process, GraphiQL and introspection on. Production is (b) with the sandbox in its own process, so its CPU is the two processes' together. ${DEV_MODE_ROUNDS} alternating rounds per scenario, ${report.opts.durationSeconds} s each.`, '', devMode, ''] : []),
    '## Gateway process', '', processSection(report), '',
    '## Targets (issues 4 and 14)', '', table(['Target', 'Figure', 'Met'], targetRows(report)), '',
    '## Notes', '', notesSection(report), '',
    '## Performance changes, A/B', '',
    'The upstream HTTP client is compared in this run (table above: (b) against (b′)); the heap settings too ((b‴) and (b⁗), and the second and third RSS runs). Every other change was measured with `npx tsx test/bench/run.ts --ab "<label>"` (gateway only, same settings) right after it, each run being the "before" of the next: the tool appends the figures to `test/bench/ab-log.json`, and this table and the list below are rendered from that file. Other work on the gateway went on between runs (entry 4a re-measures the starting point of change 4), and other processes shared the machine (load average column), so differences under ~10 % are noise; CPU ms/op is the steadier figure.',
    '', abSection(), '',
  ].join('\n');
}

/** RESULTS.md only for a complete run with the default durations; partial runs go to test-artifacts/. */
export function writeReport(report: BenchReport): string {
  const text = renderReport(report);
  console.log(`\n${text}`);
  const file = report.opts.complete ? path.join(REPO, 'test/bench/RESULTS.md') : path.join(REPO, 'test-artifacts/bench/RESULTS.partial.md');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  // Every figure of the run, for a closer look than the tables give (test-artifacts/ is not committed).
  mkdirSync(path.join(REPO, 'test-artifacts/bench'), { recursive: true });
  writeFileSync(path.join(REPO, 'test-artifacts/bench/report.json'), JSON.stringify(report, null, 1));
  return file;
}
