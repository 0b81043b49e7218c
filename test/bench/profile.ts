/**
 * `npx tsx test/bench/profile.ts [S1|S2|…] [seconds]`: the gateway under load with `node --cpu-prof`; prints where
 * its CPU time went (self time by package and by function) and keeps the .cpuprofile in test-artifacts/profiles/.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runLoad } from './load.js';
import { buildChildren } from './machine.js';
import type { ScenarioId } from './options.js';
import { REPO, startChild } from './procs.js';
import { buildScenarios, DISCOVERY_QUERY, idsFrom } from './scenarios.js';
import { checkAnswer, send, startContestant, targetFor, viewerTokens } from './session.js';
import { sandboxAdmin } from './upstream-log.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }

const scenarioId = (process.argv[2] ?? 'S1') as ScenarioId;
const seconds = Number(process.argv[3] ?? 10);
const dir = path.join(REPO, 'test-artifacts/profiles');
mkdirSync(dir, { recursive: true });
const before = new Set(readdirSync(dir));

buildChildren();
const sandbox = await startChild('sandbox', 'test/bench/servers/sandbox.js', {});
await sandboxAdmin(sandbox.url).setLatency(Number(process.env.BENCH_LATENCY_MS ?? 0));
const gateway = await startContestant('gateway', sandbox.url, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
const tokens = await viewerTokens();
const discovery = checkAnswer('gateway', { id: 'S1', title: '', user: 'retailRich', query: '' },
  await send(targetFor('gateway', gateway, { id: 'S1', title: '', user: 'retailRich', query: DISCOVERY_QUERY }, tokens)));
const scenario = buildScenarios(idsFrom((discovery as { viewer: { accounts: [] } }).viewer.accounts)).find((s) => s.id === scenarioId)!;
const target = targetFor('gateway', gateway, scenario, tokens);
const expectBody = (await send(target)).text;
const result = await runLoad(target, { connections: 32, durationSeconds: seconds, warmupSeconds: 2, expectBody }, gateway.pid);
console.log(`${scenarioId}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, failures ${result.failures}`);
await gateway.stop();
await sandbox.stop();

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
if (!file) throw new Error('no profile written');
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { nodes: ProfileNode[] };
const total = profile.nodes.reduce((sum, n) => sum + n.hitCount, 0);
const tally = (key: (n: ProfileNode) => string) => {
  const sums = new Map<string, number>();
  for (const n of profile.nodes) sums.set(key(n), (sums.get(key(n)) ?? 0) + n.hitCount);
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
};
const where = (url: string) => {
  if (url.includes('gateway-bench/src/')) return `src/${url.split('gateway-bench/src/')[1].split('/')[0]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  return url.startsWith('node:') ? url : url ? 'other' : '(native/gc/idle)';
};
console.log(`\nprofile: ${path.join(dir, file)}\n\nself time by package:\n${tally((n) => where(n.callFrame.url)).join('\n')}`);
console.log(`\nself time by function:\n${tally((n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*gateway-bench\//, '')}:${n.callFrame.lineNumber}`).join('\n')}`);
