// The prose of RESULTS.md: how the figures were taken, and the issue's targets checked against them.
import { MB, cell, cost, fmt, type BenchReport } from './figures.js';
import type { LoadResult } from './load.js';
import type { ScenarioId } from './options.js';
import type { RssRun } from './process-figures.js';
import type { ContestantKey } from './session.js';

const EXPECTED_CALLS: Record<ScenarioId, string> = { S1: '1', S2: '2', S3: '1', S4: '1+L', S5: '8' };

export function methodSection(report: BenchReport): string {
  const scenarios = report.scenarios.map((s) => {
    const levels = report.plans[s.id]?.length;
    return `- **${s.id}** ${s.title} (as \`${s.user}\`; ${levels ?? '?'} dependent upstream level${levels === 1 ? '' : 's'}). Same answer from (b) and (c): ${report.consistent[s.id] ? 'yes' : '**NO**'}.`;
  });
  return [
    '## How it is measured',
    '',
    ...scenarios,
    '',
    '- **(a) raw REST, the floor.** A tiny `node:http` process (`servers/raw.ts`) with one endpoint per scenario. It replays exactly the resource calls the gateway made for that scenario (captured from the sandbox log once, under 25 ms latency, so dependent calls fall into separate levels), level by level with the same parallelism, over undici `request` with keep-alive and one client-credentials token fetched at start. It parses every body and answers the combined JSON. Making the floor an HTTP endpoint means autocannon measures all three contestants the same way; it puts one HTTP hop and one `JSON.stringify` into the floor, which the other two pay as well.',
    `- **(b) our gateway.** \`createGateway\` (src/server.ts) wired as src/main.ts does, default upstream transport (\`${report.transports.default}\`); (b′) is the same with \`UPSTREAM_HTTP=${report.transports.alt}\`.`,
    '- **(c) the usual first attempt** (`baseline/`): the same generated schema on Apollo\'s `startStandaloneServer`, resolvers that call the REST API per field with global `fetch`: no DataLoader, no field-set pushdown (always the full view with `additionalFields`), a bank token fetched and the viewer JWT verified on every request. The gateway\'s pure mapping resolvers are reused, so both answer identically.',
    '- Every server, and the sandbox bank, runs in its own process from a compiled build (`tsc`, as `npm run build`), so RSS is the server\'s own. autocannon runs in the parent process. Each cell: warm-up, then the measured run; every response under load must be byte-identical to the answer verified before (the failures column counts non-2xx, errors, timeouts and mismatches).',
    '- Upstream calls and bytes per operation come from the sandbox request log (response body bytes, token calls included in bytes) over sequential operations of an already warm server. Peak RSS is the largest `VmRSS` sample (every 250 ms) of the server process during the cell.',
  ].join('\n');
}

export function targetRows(report: BenchReport): string[][] {
  const rows: string[][] = [];
  const yes = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**');
  for (const s of report.scenarios) {
    const c = cost(report, s.id, 'gateway');
    const expected = s.id === 'S4' ? 1 + (report.locations.S4 ?? Number.NaN) : Number(EXPECTED_CALLS[s.id]);
    rows.push([`${s.id} upstream calls per operation = ${EXPECTED_CALLS[s.id]}${s.id === 'S4' ? ` (L = ${report.locations.S4})` : ''}`,
      c ? `${fmt(c.calls, 1)} (${c.byRoute})` : '–', yes(c && c.calls === expected)]);
  }
  const s3 = cost(report, 'S3', 'gateway');
  const s3c = cost(report, 'S3', 'baseline');
  rows.push(['S3 calls ≤ 1/10 of the baseline\'s', s3 && s3c ? `${fmt(s3.calls, 1)} vs ${fmt(s3c.calls, 1)}` : '–', yes(s3 && s3c && s3.calls * 10 <= s3c.calls)]);
  for (const s of report.scenarios) {
    const a = cell(report, s.id, 'raw', 0);
    const b = cell(report, s.id, 'gateway', 0);
    const share = s.id === 'S1' ? 0.5 : 0.6;
    rows.push([`${s.id} throughput of (b) ≥ ${fmt(share * 100)} % of (a), 0 ms`, a && b ? `${fmt((b.rps / a.rps) * 100)} % (${fmt(b.rps)} vs ${fmt(a.rps)} req/s)` : '–', yes(a && b && b.rps >= share * a.rps)]);
  }
  for (const s of report.scenarios) {
    const a = cell(report, s.id, 'raw', 0);
    const b = cell(report, s.id, 'gateway', 0);
    const times = s.id === 'S1' ? 3 : 2;
    rows.push([`${s.id} gateway CPU per operation ≤ ${times}× (a)'s, 0 ms`, a && b ? `${fmt(b.cpuMsPerOp / a.cpuMsPerOp, 1)}× (${fmt(b.cpuMsPerOp, 2)} vs ${fmt(a.cpuMsPerOp, 2)} ms)` : '–', yes(a && b && b.cpuMsPerOp <= times * a.cpuMsPerOp)]);
  }
  for (const d of report.devMode ?? []) {
    rows.push([`${d.scenario} dev mode's CPU per operation within 10 % of production's (gateway + bank)`,
      `${fmt((d.devCpuMsPerOp / d.productionCpuMsPerOp - 1) * 100, 1)} % (${fmt(d.devCpuMsPerOp, 2)} vs ${fmt(d.productionCpuMsPerOp, 2)} ms)`,
      yes(d.devCpuMsPerOp <= 1.1 * d.productionCpuMsPerOp)]);
  }
  const n = report.opts.connections;
  const light = report.opts.lightConnections;
  for (const s of report.scenarios) {
    const levels = report.plans[s.id]?.length ?? 1;
    const bound = levels * 25 + 10;
    const full = cell(report, s.id, 'gateway', 25);
    const calm = light > 0 ? cell(report, s.id, 'gateway', 25, light) : undefined;
    rows.push([`${s.id} p50 at 25 ms upstream latency ≤ ${bound} ms (${levels} level${levels === 1 ? '' : 's'} × 25 + 10)`,
      `${n} connections: ${full ? `${fmt(full.p50)} ms` : '–'}${calm ? `; ${light} connections: ${fmt(calm.p50)} ms` : ''}`,
      `${n} connections: ${yes(full && full.p50 <= bound)}${calm ? `; ${light} connections: ${yes(calm.p50 <= bound)}` : ''}`]);
  }
  const peakOf = (r: RssRun | undefined) => r && Math.max(r.peak, r.hwm);
  const changeOf = (r: RssRun | undefined) => r && r.lastThird / r.firstThird - 1;
  const rss = report.rss;
  const capped = report.rssHeapCap;
  const peak = peakOf(rss);
  const capNote = capped ? `; heap capped (b‴, ${capped.seconds} s): ${fmt(peakOf(capped)! / MB, 1)} MB` : '';
  rows.push([`Peak RSS ≤ 150 MB under ${rss?.connections ?? 100} connections`, peak ? `${fmt(peak / MB, 1)} MB${capNote}` : '–',
    `${yes(peak === undefined ? undefined : peak <= 150 * MB)}${capped ? `; heap capped: ${yes(peakOf(capped)! <= 150 * MB)}` : ''}`]);
  const change = changeOf(rss);
  rows.push([`RSS flat (±10 %) between the first and last third of a ${rss?.seconds ?? 120} s run`,
    change === undefined ? '–' : `${fmt(change * 100, 1)} %${capped ? `; heap capped: ${fmt(changeOf(capped)! * 100, 1)} %` : ''}`,
    yes(change === undefined ? undefined : Math.abs(change) <= 0.1)]);
  const cold = report.cold && Math.max(...report.cold.answeredMs);
  rows.push(['Cold start (first token + first query) < 1 s', cold ? `${fmt(cold)} ms (slowest of ${report.cold!.answeredMs.length})` : '–', yes(cold === undefined ? undefined : cold < 1000)]);
  return rows;
}

/** What the figures mean where a target is missed or a choice was made; numbers are this run's. */
export function notesSection(report: BenchReport): string {
  const notes: string[] = [];
  const a = cell(report, 'S1', 'raw', 0);
  const b = cell(report, 'S1', 'gateway', 0);
  if (a && b) {
    notes.push(`- **S1 throughput.** (a) spends ${fmt(a.cpuMsPerOp, 2)} ms of CPU per operation, (b) ${fmt(b.cpuMsPerOp, 2)} ms (${fmt(b.cpuMsPerOp / a.cpuMsPerOp, 1)}×): an HTTP request in and out, JWT check, Apollo's request pipeline, graphql-jit execution, the bank client (deadlines, circuit breaker, retry budget, events), one log line and metrics per operation. (b) is one process, so about one CPU is its ceiling, while the load generator and the bank need the other. Profiles (\`npx tsx test/bench/profile.ts S1\`) show no single hot spot left: the cost is spread over those parts and over socket writes and garbage collection.`);
  }
  const s5 = cost(report, 'S5', 'gateway');
  if (s5) {
    notes.push(`- **S5 calls (${s5.byRoute}).** The 8 \`account(id:)\` lookups are one \`$filter\` call. The schema answers null for an id the viewer cannot see and an empty history for accounts without history access, and both are decided from the account record, so the 8 transaction calls follow that one lookup; the raw contestant replays the same calls. Answering with 8 calls would mean skipping that check, which this work does not change.`);
  }
  const s2 = (key: ContestantKey) => cell(report, 'S2', key, 0);
  const [g2, c2, d2] = [s2('gateway'), s2('gateway-heapcap'), s2('gateway-v8defaults')];
  const peakMb = (r: RssRun | undefined) => (r ? `${fmt(Math.max(r.peak, r.hwm) / MB)} MB` : '–');
  const perOp = (x: LoadResult | undefined) => (x && g2 ? `${fmt(x.cpuMsPerOp, 2)} ms CPU per operation on S2 (${fmt((x.cpuMsPerOp / g2.cpuMsPerOp - 1) * 100)} % against ${fmt(g2.cpuMsPerOp, 2)})` : '–');
  if (report.rss) {
    notes.push(`- **Memory.** The live heap under load is about 40 MB (a heap snapshot under the RSS run's load, 2026-12-07: 38 MB, 12 MB of it code). What makes the RSS is garbage: an operation allocates about half a MB, most of it alive until its response is sent, and with 100 operations in flight it outlives V8's default young generation (16 MB semi-spaces), is promoted, and the old generation grows to about four times the live data before a full collection. \`npm start\` runs \`${report.gatewayFlags.join(' ')}\`: a young generation large enough for the operations in flight (less promoted, so fewer full collections) and an old generation allowed to grow by 30 % over the live data. Under ${report.rss.connections} connections the RSS peaks at ${peakMb(report.rss)} with them and ${peakMb(report.rssV8Defaults)} with V8's defaults (b⁗, ${perOp(d2)}). The 150 MB line needs 8 MB semi-spaces (b‴: ${peakMb(report.rssHeapCap)}, ${perOp(c2)}): the garbage collector then runs several times per operation's lifetime. In a container with a small memory limit Node sizes the heap from the limit by itself.`);
  }
  const cluster = cell(report, 'S1', 'gateway-cluster', 0);
  if (cluster && b) {
    const why = cluster.rps > 1.1 * b.rps
      ? 'the other workers use CPU a single process cannot, though here they share the CPUs with the load generator and the bank'
      : `on ${report.machine.cpus} CPUs the other workers compete with the load generator and the bank for CPU`;
    notes.push(`- **WORKERS.** The production default starts one gateway process per CPU (b″): ${fmt(cluster.rps)} req/s on S1 here${a ? ` (${fmt((cluster.rps / a.rps) * 100)} % of (a))` : ''} against ${fmt(b.rps)} for one process: ${why}. On a machine of its own the cluster adds each CPU's capacity.`);
  }
  notes.push('- **Parsing and validation** are cached: Apollo keeps parsed and validated documents (keyed by the query\'s SHA-256), and the query limits, the cost and the bank field set (`viewName`, `additionalFields`) are computed once per document; viewer JWTs are verified once per token until `exp`.');
  notes.push('- **graphql-jit** runs every operation (src/graphql/executor.ts): Apollo Server 5 calls the executor a `gateway` object returns, so each document is compiled once and run with the same resolvers; A/B entries 8a → 8b in the table below.');
  return notes.join('\n');
}
