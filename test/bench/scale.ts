/**
 * `npx tsx test/bench/scale.ts`: what WORKERS=2, and a second instance sharing Redis, buy on the S2 dashboard.
 * Each setup starts cold (fresh processes, empty Redis state for the token), gets a warm-up, then a measured run;
 * with two instances, two autocannon runs (half the connections each) go on at once, one per instance, as a load
 * balancer would spread them. Settings: BENCH_DURATION_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CONNECTIONS,
 * BENCH_LATENCIES (as for run.ts); BENCH_SKIP_BUILD=1 reuses the last build. Needs redis-server (the Redis rows are skipped without it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { NO_REDIS, startRedis, type RedisServer } from '../scale/support.js';
import { buildChildren } from './machine.js';
import { cpuMsOf, freePort, startChild, type Child } from './procs.js';
import { buildScenarios, DISCOVERY_QUERY, idsFrom } from './scenarios.js';
import { send, upstreamEnv, viewerTokens } from './session.js';
import { costOf, sandboxAdmin } from './upstream-log.js';

export interface ScaleRow {
  setup: string;
  latencyMs: number;
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  cpuMsPerOp: number;
  tokenCalls: number;
  bankCallsPerOp: number;
}

interface Setup {
  label: string;
  instances: number;
  env: Record<string, string>;
  redis?: boolean;
}

// Every setup enforces per-viewer limits (far above this load), as production does: with Redis that is one
// Lua call per operation, part of what a shared instance costs. The limits count cost points, not operations: S2
// costs 291, so a million a minute refused most of this single viewer's load (429s).
const LIMITS = { RATE_LIMIT_PER_MINUTE: '1000000000', RATE_LIMIT_BURST: '1000000000' };
const SETUPS: Setup[] = [
  { label: '1 process (WORKERS=1)', instances: 1, env: { WORKERS: '1' } },
  { label: 'WORKERS=2 (one port)', instances: 1, env: { WORKERS: '2' } },
  { label: '2 instances + Redis', instances: 2, env: { WORKERS: '1' }, redis: true },
  { label: '2 instances + Redis + response cache 5 s', instances: 2, env: { WORKERS: '1', RESPONSE_CACHE_TTL_SECONDS: '5' }, redis: true },
];

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

/** Until `count` distinct workers answered (a new connection each): they finish starting one after the other. */
async function waitForWorkers(url: string, count: number): Promise<void> {
  const seen = new Set<string>();
  const deadline = Date.now() + 30_000;
  while (seen.size < count) {
    if (Date.now() > deadline) throw new Error(`only ${seen.size} of ${count} workers answered`);
    seen.add(await new Promise<string>((resolve, reject) => {
      get(`${url}/healthz`, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(String(res.headers['x-served-by'])));
      }).on('error', reject);
    }));
  }
}

/** `build: false` when the caller (run.ts) has just built the children itself. */
export async function measureScale({ build = true, log = console.log }: { build?: boolean; log?: (line: string) => void } = {}): Promise<ScaleRow[]> {
  const duration = num('BENCH_DURATION_SECONDS', 8);
  const warmup = num('BENCH_WARMUP_SECONDS', 2);
  const connections = num('BENCH_CONNECTIONS', 32);
  const latencies = (process.env.BENCH_LATENCIES ?? '0,25').split(',').map(Number);
  if (build) buildChildren();
  const sandbox = await startChild('sandbox', 'test/bench/servers/sandbox.js', {});
  const admin = sandboxAdmin(sandbox.url);
  const tokens = await viewerTokens();
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens.retailRich}` };
  let query: string | undefined;
  const rows: ScaleRow[] = [];
  try {
    for (const latencyMs of latencies) {
      for (const setup of SETUPS) {
        if (setup.redis && NO_REDIS) {
          log(`skipped ${setup.label}: ${NO_REDIS}`);
          continue;
        }
        // A fresh Redis per setup: the first operations pay for the token, as after a deploy.
        const redis: RedisServer | undefined = setup.redis ? await startRedis() : undefined;
        const env = { ...upstreamEnv(sandbox.url), ...LIMITS, ...setup.env, ...(redis ? { REDIS_URL: redis.url } : {}) };
        const gateways: Child[] = [];
        const tokenCalls = async () => (await admin.calls()).filter((call) => call.route === 'token').length;
        try {
          await admin.clear();
          for (let i = 0; i < setup.instances; i++) gateways.push(await startChild(`gateway-${i}`, 'src/main.js', env, await freePort()));
          for (const gateway of gateways) await waitForWorkers(gateway.url, Number(setup.env.WORKERS));
          // A gateway without Redis fetches its token while it starts.
          const bootTokens = await tokenCalls();
          await admin.setLatency(0);
          await admin.clear();
          if (!query) {
            const discovery = JSON.parse((await send({ url: `${gateways[0]!.url}/graphql`, method: 'POST', headers, body: JSON.stringify({ query: DISCOVERY_QUERY }) })).text);
            query = buildScenarios(idsFrom(discovery.data.viewer.accounts)).find((s) => s.id === 'S2')!.query;
          }
          await admin.setLatency(latencyMs);
          const body = JSON.stringify({ query });
          const expected = await send({ url: `${gateways[0]!.url}/graphql`, method: 'POST', headers, body });
          if (expected.status !== 200 || expected.text.includes('"errors"')) throw new Error(`${setup.label}: ${expected.text.slice(0, 300)}`);
          // With limits on, each answer reports the viewer's remaining cost points, which change under load.
          const withoutRemaining = (text: string) => text.replace(/"remaining":\d+/, '"remaining":0');
          const expectedText = withoutRemaining(expected.text);
          const load = (seconds: number) => Promise.all(gateways.map((gateway) => autocannon({
            url: `${gateway.url}/graphql`, method: 'POST', headers, body, timeout: 10,
            verifyBody: (text: string) => withoutRemaining(text) === expectedText,
            connections: Math.max(1, Math.round(connections / gateways.length)), duration: seconds,
          })));
          await load(warmup);
          // Token requests over the setup's whole life (cold start included); bank calls of the measured run only.
          const startTokens = bootTokens + (await tokenCalls());
          await admin.clear();
          const cpuBefore = gateways.reduce((sum, g) => sum + cpuMsOf(g.pid), 0);
          const results = await load(duration);
          const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
          const cost = costOf(await admin.calls(), requests);
          const row: ScaleRow = {
            setup: setup.label,
            latencyMs,
            rps: requests / duration,
            // Per-instance medians weighted by requests; the worse tail of the two.
            p50: results.reduce((sum, r) => sum + r.latency.p50 * r.requests.total, 0) / requests,
            p99: Math.max(...results.map((r) => r.latency.p99)),
            failures: results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts + r.mismatches, 0),
            cpuMsPerOp: (gateways.reduce((sum, g) => sum + cpuMsOf(g.pid), 0) - cpuBefore) / requests,
            tokenCalls: startTokens + Math.round(cost.tokenCalls * requests),
            bankCallsPerOp: cost.calls,
          };
          rows.push(row);
          log(`${setup.label} @ ${latencyMs} ms: ${row.rps.toFixed(0)} ops/s, p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99} ms, ${row.failures} failures`);
        } finally {
          await Promise.all(gateways.map((gateway) => gateway.stop()));
          await redis?.stop('SIGKILL');
        }
      }
    }
  } finally {
    await sandbox.stop();
  }
  return rows;
}

export function scaleTable(rows: ScaleRow[]): string {
  const lines = [
    '| setup | bank latency | ops/s | p50 ms | p99 ms | failures | gateway CPU ms/op | bank calls/op | token requests |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(`| ${r.setup} | ${r.latencyMs} ms | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99} | ${r.failures} | ${r.cpuMsPerOp.toFixed(2)} | ${r.bankCallsPerOp.toFixed(2)} | ${r.tokenCalls} |`);
  }
  return lines.join('\n');
}

const SECTION = '## Scaling out (S2 retail dashboard)';

/** Throughput of each setup against one process at the same bank latency: what the setup bought in this run. */
function gains(rows: ScaleRow[]): string[] {
  return rows.filter((r) => !r.setup.startsWith('1 process')).map((r) => {
    const single = rows.find((o) => o.setup.startsWith('1 process') && o.latencyMs === r.latencyMs);
    const ratio = single ? (r.rps / single.rps).toFixed(2) : 'n/a';
    return `- ${r.setup} at ${r.latencyMs} ms: ${ratio}× the ops/s of one process, ${r.bankCallsPerOp.toFixed(2)} bank calls/op, ${r.tokenCalls} bank token request(s).`;
  });
}

/** Replaces (or appends) this script's section of RESULTS.md, so `npm run bench` leaves one file with both parts. */
function writeSection(rows: ScaleRow[], heading: string): void {
  const file = new URL('./RESULTS.md', import.meta.url);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const kept = current.includes(SECTION) ? current.slice(0, current.indexOf(SECTION)).trimEnd() : current.trimEnd();
  const section = [
    SECTION,
    '',
    `Written by \`test/bench/scale.ts\` (run by \`npm run bench\` after the main run) on ${new Date().toISOString()}; ${heading}`,
    'Every setup shares this machine\'s two CPUs with the sandbox bank and autocannon, so a second worker or instance',
    'competes with the load generator for CPU here; on machines of their own each adds its machine\'s capacity.',
    '',
    scaleTable(rows),
    '',
    'What each setup bought in this run:',
    '',
    ...gains(rows),
    '',
    'Beyond throughput: with Redis the fleet asks the bank for one token instead of one per process, and per-viewer',
    'rate limits hold across instances; the response cache serves the account list from Redis (about half the bank',
    'calls of S2). Without Redis, each worker keeps its own token, limits and cache.',
    '',
  ].join('\n');
  writeFileSync(file, `${kept}\n\n${section}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await measureScale({ build: process.env.BENCH_SKIP_BUILD !== '1' });
  const heading = `${num('BENCH_CONNECTIONS', 32)} connections, ${num('BENCH_DURATION_SECONDS', 8)} s per run.`;
  console.log(`\nS2 retail dashboard, ${heading}\n`);
  console.log(scaleTable(rows));
  writeSection(rows, heading);
}
