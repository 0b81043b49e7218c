/**
 * Fairness and memory under the worst admitted operation (issue 11), against the gateway as `npm start` runs it
 * in production (one process, --max-old-space-size=256) over the sandbox at 50 ms bank latency:
 *  1. the costliest operation the default limits admit (a business viewer's 180 lookups by id): its cost and the
 *     bank calls it really makes;
 *  2. another viewer's one-call query, p50 idle and p50 while that business viewer keeps 6 such operations in
 *     flight, side by side in one run;
 *  3. 20 of them in parallel: the process stays alive, peak RSS.
 * Run: `npm run bench:fairness` (BENCH_SKIP_BUILD=1 reuses the last build). Writes test/bench/FAIRNESS.md.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { buildChildren } from './machine.js';
import { REPO, freePort, sampleRss, startChild, type Child } from './procs.js';
import { JWT_SECRET, upstreamEnv, viewerTokens } from './session.js';
import { sandboxAdmin } from './upstream-log.js';

const LATENCY_MS = 50;
const SAMPLES = 40;
const MB = 1024 * 1024;
const WORST = 'query($a: [ID!]!, $b: [ID!]!) { a: nodes(ids: $a) { id } b: nodes(ids: $b) { id } }';
const ONE_CALL = '{ viewer { recipients { id } } }';

let run = 0;
/** 180 account ids nobody has, fresh for every operation so nothing is shared between them. */
function worstVariables() {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`Account:bench-${run}-${i}`).toString('base64url'));
  run++;
  const all = ids(180);
  return { a: all.slice(0, 100), b: all.slice(100) };
}

async function post(url: string, token: string, query: string, variables?: unknown) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown[]; extensions?: { cost?: { requested: number } } };
  return { status: res.status, ms: performance.now() - started, body };
}

const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function sequentialP50(url: string, token: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const answer = await post(url, token, ONE_CALL);
    if (answer.status !== 200 || answer.body.errors) throw new Error(`one-call query failed: ${JSON.stringify(answer.body)}`);
    times.push(answer.ms);
  }
  return p50(times);
}

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1') buildChildren();
  const children: Child[] = [];
  try {
    const sandbox = await startChild('sandbox', 'test/bench/servers/sandbox.js', {});
    children.push(sandbox);
    const admin = sandboxAdmin(sandbox.url);
    await admin.setLatency(LATENCY_MS);
    const env = { ...upstreamEnv(sandbox.url), WORKERS: '1', LOG_LEVEL: 'warn' };
    const gateway = await startChild('gateway', 'src/main.js', env, await freePort(), ['--max-old-space-size=256']);
    children.push(gateway);
    const { business } = await viewerTokens();
    const other = await mintViewerToken(SEED_USERS.retailSingle, { secret: JWT_SECRET, lifetimeSeconds: 3600 });

    // 1. The worst admitted operation.
    await post(gateway.url, other, ONE_CALL);
    await admin.clear();
    const worst = await post(gateway.url, business, WORST, worstVariables());
    if (worst.status !== 200) throw new Error(`worst operation refused: ${JSON.stringify(worst.body).slice(0, 300)}`);
    const worstCalls = (await admin.calls()).filter((c) => c.route !== 'token' && c.route !== 'admin').length;
    const worstCost = worst.body.extensions?.cost?.requested;

    // 2. Another viewer's p50, idle and during a burst of 6 worst-case operations kept in flight.
    const idle = await sequentialP50(gateway.url, other);
    let bursting = true;
    let burstOps = 0;
    const burst = Array.from({ length: 6 }, async () => {
      while (bursting) {
        await post(gateway.url, business, WORST, worstVariables());
        burstOps++;
      }
    });
    const during = await sequentialP50(gateway.url, other);
    bursting = false;
    await Promise.all(burst);

    // 3. 20 worst-case operations at once, twice over, under --max-old-space-size=256.
    const rss = sampleRss(gateway.pid, 100);
    const statuses: number[] = [];
    for (let round = 0; round < 2; round++) {
      const answers = await Promise.all(Array.from({ length: 20 }, () => post(gateway.url, business, WORST, worstVariables())));
      statuses.push(...answers.map((a) => a.status));
    }
    const peakRss = rss.stop();
    const alive = gateway.proc.exitCode === null;

    const lines = [
      '# Fairness and memory (npm run bench:fairness)',
      '',
      `Gateway: one process, NODE_ENV=production, --max-old-space-size=256, default limits; sandbox bank at ${LATENCY_MS} ms latency. ${new Date().toISOString()}`,
      '',
      '| Figure | Value |',
      '| --- | --- |',
      `| Worst admitted operation (business viewer, 180 lookups by id): cost | ${worstCost} (MAX_QUERY_COST 2000) |`,
      `| Bank calls it made | ${worstCalls} |`,
      `| Other viewer's one-call query, p50 idle | ${idle.toFixed(1)} ms |`,
      `| Same, p50 during 6 worst-case operations in flight (${burstOps} completed meanwhile) | ${during.toFixed(1)} ms (${(during / idle).toFixed(2)}× idle) |`,
      `| 20 worst-case operations in parallel, twice: answers | ${statuses.filter((s) => s === 200).length}/${statuses.length} HTTP 200 |`,
      `| Peak RSS during them | ${(peakRss / MB).toFixed(0)} MB |`,
      `| Process alive afterwards | ${alive ? 'yes' : 'NO'} |`,
      '',
    ];
    const report = lines.join('\n');
    console.log(report);
    writeFileSync(path.join(REPO, 'test/bench/FAIRNESS.md'), report);
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}

await main();
