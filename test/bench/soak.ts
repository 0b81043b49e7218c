// npm run soak: SOAK_MINUTES (default 2) of mixed load with upstream faults against an in-process sandbox and
// gateway on 127.0.0.1; prints RSS and error samples over time and totals by error code, then exits by itself.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { createViewerVerifier } from '../../src/auth/viewer.js';
import { loadConfig } from '../../src/config.js';
import { devBankEnv } from '../../src/dev-bank.js';
import { readInt } from '../../src/env.js';
import { createObservability } from '../../src/observability/index.js';
import { SEED_USERS, startSandbox, type FaultRule } from '../../src/sandbox/index.js';
import { createGateway } from '../../src/server.js';
import { createBankClient } from '../../src/upstream/client.js';
import { countTable, percentile, rssTrend, samplesTable, type SoakSample } from './soak-report.js';
import { soakRequests } from './soak-traffic.js';

// autocannon ships no types; only what the soak uses is declared here.
interface CannonRequest {
  method: 'POST'; path: string; headers: Record<string, string>; body: string;
  onResponse: (status: number, body: string) => void;
}
interface Cannon extends PromiseLike<{ errors: number; timeouts: number; non2xx: number }> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
const { default: autocannon } = (await import('autocannon')) as unknown as {
  default: (options: { url: string; connections: number; duration: number; timeout: number; requests: CannonRequest[] }) => Cannon;
};

const minutes = Number(process.env.SOAK_MINUTES ?? '2');
if (!(minutes > 0)) throw new Error('SOAK_MINUTES must be a positive number');
const connections = readInt(process.env, 'SOAK_CONNECTIONS', 16, 1, 1000);
const sampleSeconds = readInt(process.env, 'SOAK_SAMPLE_SECONDS', 5, 1, 600);

// 5% of bank calls answer 503, a fifth are slowed down, and a few hang until the gateway's timeout.
const FAULTS: FaultRule[] = [
  { route: '*', kind: 'latency', latencyMs: 10, jitterMs: 40, probability: 0.2 },
  { route: '*', kind: 'status', status: 503, code: 'SBX_503', message: 'injected', probability: 0.05 },
  { route: 'transactions', kind: 'hang', probability: 0.002 },
];

const sandbox = await startSandbox({ faults: FAULTS, tokenLifetimeSeconds: 60 });
const jwtSecret = randomBytes(32).toString('hex');
const loaded = loadConfig({
  ...devBankEnv(sandbox.url), AUTH_JWT_SECRET: jwtSecret, PORT: '0', HOST: '127.0.0.1',
  UPSTREAM_TIMEOUT_MS: '1000', UPSTREAM_DEADLINE_MS: '3000', LOG_LEVEL: 'info',
});
const config = loaded.gateway;
// Logs are produced (their cost is part of the soak) and dropped.
const observability = await createObservability(loaded.observability, { secrets: loaded.secrets, logDestination: { write: () => undefined } });
const bank = createBankClient(loaded.upstream, observability.bankHooks);
const gateway = await createGateway({ config, bank, observability, verifyViewer: createViewerVerifier(config.auth) });
const server = createServer({ keepAliveTimeout: 65_000 }, gateway.handle).listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const lifetimeSeconds = Math.ceil(minutes * 60) + 600;
const tokens = new Map(await Promise.all(Object.values(SEED_USERS).map(async (user) =>
  [user.userId, await mintViewerToken(user, { secret: jwtSecret, lifetimeSeconds })] as const)));
const post = async (query: string, as: string) => (await fetch(`${url}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` }, body: JSON.stringify({ query }),
})).json() as Promise<{ data?: { viewer: { accounts: Array<{ id: string }> } } }>;
const single = await post('{ viewer { accounts { id } } }', tokens.get(SEED_USERS.retailSingle.userId)!);
const singleAccountId = single.data?.viewer.accounts[0]?.id;
if (!singleAccountId) throw new Error('could not read the retailSingle account before the soak');

const outcomes = new Map<string, number>();
const codes = new Map<string, number>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
let intervalOps = 0;
let intervalErrors = 0;
let latencies: number[] = [];

const requests: CannonRequest[] = soakRequests(singleAccountId).map((request) => ({
  method: 'POST', path: '/graphql',
  headers: {
    'content-type': 'application/json',
    authorization: `Bearer ${request.as === 'bad-token' ? 'not.a.token' : tokens.get(request.as.userId)}`,
  },
  body: JSON.stringify({ query: request.query, variables: request.variables }),
  onResponse(status, text) {
    intervalOps++;
    let body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ extensions: { code: `HTTP_${status}_NOT_JSON` } }] };
    }
    const seen = new Set((body.errors ?? []).map((e) => e.extensions?.code ?? `HTTP_${status}`));
    if (request.expectedCode && seen.size === 1 && seen.has(request.expectedCode)) return void bump(outcomes, 'expected error');
    for (const code of seen) bump(codes, `${code} (${request.label})`);
    const outcome = seen.size === 0 ? 'ok' : body.data ? 'partial' : 'error';
    if (outcome === 'error') intervalErrors++;
    bump(outcomes, outcome);
  },
}));

console.log(`Soak: ${minutes} min, ${connections} connections, ${requests.length}-request mix, faults ${JSON.stringify(FAULTS)}`);
const startedAt = performance.now();
const samples: SoakSample[] = [];
const sampler = setInterval(() => {
  const calls = sandbox.requests();
  sandbox.clearRequests(); // the sandbox's log would otherwise grow in this process for the whole run
  const memory = process.memoryUsage();
  samples.push({
    atSeconds: Math.round((performance.now() - startedAt) / 1000),
    operations: intervalOps, errors: intervalErrors,
    p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99),
    upstreamCalls: calls.length, upstreamFaults: calls.filter((c) => c.status === 503 || c.status === 0).length,
    rssMb: memory.rss / 2 ** 20, heapMb: memory.heapUsed / 2 ** 20,
  });
  intervalOps = 0;
  intervalErrors = 0;
  latencies = [];
}, sampleSeconds * 1000);

const cannon = autocannon({ url, connections, duration: Math.round(minutes * 60), timeout: 10, requests });
cannon.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
const result = await cannon;
clearInterval(sampler);

const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
const failed = outcomes.get('error') ?? 0;
const upstream = new Map<string, number>();
const tokenRefreshes = new Map<string, number>();
for (const metric of await observability.metrics.registry!.getMetricsAsJSON()) {
  const into = metric.name === 'gateway_upstream_calls_total' ? upstream : metric.name === 'gateway_token_refreshes_total' ? tokenRefreshes : undefined;
  for (const { labels, value } of into ? metric.values : []) {
    const key = into === upstream ? `${labels.service} ${labels.outcome}` : `${labels.reason} ${labels.outcome}`;
    into!.set(key, (into!.get(key) ?? 0) + value);
  }
}
const trend = rssTrend(samples);

console.log(`\nSamples every ${sampleSeconds} s (RSS and heap of the whole process: load generator, gateway and sandbox)\n`);
console.log(samplesTable(samples, sampleSeconds));
console.log(`\nOperations: ${total} (${(total / (minutes * 60)).toFixed(0)}/s); load generator: ${result.errors} socket errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx\n`);
console.log(countTable('outcome', outcomes, total));
console.log(`\n${countTable('error code (operation)', codes, total)}`);
console.log(`\n${countTable('bank attempts (service outcome)', upstream, [...upstream.values()].reduce((a, b) => a + b, 0))}`);
console.log(`\n${countTable('token refreshes (reason outcome)', tokenRefreshes, [...tokenRefreshes.values()].reduce((a, b) => a + b, 0))}`);
console.log(`\nRSS: ${trend.startMb.toFixed(1)} MB after warm-up → ${trend.endMb.toFixed(1)} MB at the end (max ${trend.maxMb.toFixed(1)} MB)`);
const errorRate = failed / Math.max(total, 1);
// Each injected 503 is retried, so operations without any data should stay rare.
const passed = total > 0 && errorRate <= 0.01 && result.errors === 0;
console.log(`Verdict: ${passed ? 'PASS' : 'FAIL'} (${(100 * errorRate).toFixed(3)}% of operations failed outright; limit 1%)`);

server.closeAllConnections();
server.close();
await gateway.stop();
await bank.close();
await sandbox.close();
process.exit(passed ? 0 : 1);
