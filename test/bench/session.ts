// One benchmark session: the sandbox, the contestants' processes, and how to send each scenario to each of them.
import { isDeepStrictEqual } from 'node:util';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { devBankEnv } from '../../src/dev-bank.js';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { loadUpstreamConfig, type UpstreamHttp } from '../../src/upstream/config.js';
import type { Target } from './load.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, freePort, startChild, type Child } from './procs.js';
import type { Scenario } from './scenarios.js';

export const JWT_SECRET = 'benchmark-viewer-secret-at-least-32-bytes';

/** A contestant as measured: raw REST, the gateway (with each upstream transport), or the baseline. */
export type ContestantKey = 'raw' | 'gateway' | 'gateway-alt' | 'gateway-cluster' | 'gateway-heapcap' | 'gateway-v8defaults' | 'baseline';

export function upstreamEnv(sandboxUrl: string): Record<string, string> {
  return {
    ...devBankEnv(sandboxUrl),
    AUTH_JWT_SECRET: JWT_SECRET,
    PORT: '0',
    GRAPHIQL: 'false',
    INTROSPECTION: 'false',
    // Everything is sent as one or two viewers, far above any per-viewer limit meant for real customers.
    RATE_LIMIT_PER_MINUTE: '0',
    BANK_CALLS_PER_VIEWER: '1000',
    // Every operation must reach the bank: the (optional) per-viewer response cache would measure itself.
    RESPONSE_CACHE_TTL_SECONDS: '0',
  };
}

/** The transport the gateway uses when UPSTREAM_HTTP is not set, and the other one. */
export function transports(): { default: UpstreamHttp; alt: UpstreamHttp } {
  const chosen = loadUpstreamConfig(upstreamEnv('http://127.0.0.1:1')).http;
  return { default: chosen, alt: chosen === 'undici' ? 'node-fetch' : 'undici' };
}

export type ViewerTokens = Record<Scenario['user'], string>;

export async function viewerTokens(): Promise<ViewerTokens> {
  const lifetimeSeconds = 24 * 3600;
  return {
    retailRich: await mintViewerToken(SEED_USERS.retailRich, { secret: JWT_SECRET, lifetimeSeconds }),
    business: await mintViewerToken(SEED_USERS.business, { secret: JWT_SECRET, lifetimeSeconds }),
  };
}

/**
 * V8 grows the heap to ~4× the live data on a machine with plenty of memory; these make it grow by 30 % and keep
 * the young generation small, as it would be in a small container: less RSS, more garbage-collection CPU.
 */
export const HEAP_CAP_FLAGS = ['--heap-growing-percent=30', '--max-semi-space-size=8'];

/** The node flags of `npm start` (package.json), so the gateway runs here exactly as it is started there. */
export function startFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const match = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/src\/main\.js/.exec(scripts.start ?? '');
  if (!match) throw new Error('package.json "start" does not run "node … dist/src/main.js"');
  return match[1].trim().split(/\s+/).filter(Boolean);
}

/** The gateway is src/main.js itself, as `npm start` runs it; the others are the benchmark's own servers. */
export async function startContestant(key: ContestantKey, sandboxUrl: string, nodeArgs: string[] = []): Promise<Child> {
  const env = upstreamEnv(sandboxUrl);
  const gateway = (extra: Record<string, string>, flags = startFlags()) =>
    freePort().then((port) => startChild(key, 'src/main.js', { ...env, ...extra }, port, [...flags, ...nodeArgs]));
  switch (key) {
    case 'raw': return startChild(key, 'test/bench/servers/raw.js', env);
    case 'baseline': return startChild(key, 'test/bench/baseline/server.js', env);
    // One process, like the other contestants; gateway-cluster is the production default (WORKERS = CPUs).
    case 'gateway': return gateway({ WORKERS: '1' });
    case 'gateway-alt': return gateway({ WORKERS: '1', UPSTREAM_HTTP: transports().alt });
    case 'gateway-cluster': return gateway({});
    case 'gateway-heapcap': return gateway({ WORKERS: '1' }, [...startFlags(), ...HEAP_CAP_FLAGS]);
    // What `npm start` ran before its heap flags: the A/B of those flags, in the same run.
    case 'gateway-v8defaults': return gateway({ WORKERS: '1' }, []);
  }
}

export function targetFor(key: ContestantKey, child: Child, scenario: Scenario, tokens: ViewerTokens): Target {
  if (key === 'raw') return { url: `${child.url}/${scenario.id}`, method: 'GET', headers: {} };
  return {
    url: `${child.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[scenario.user]}` },
    body: JSON.stringify({ query: scenario.query }),
  };
}

export async function send(target: Target): Promise<{ status: number; text: string }> {
  const res = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  return { status: res.status, text: await res.text() };
}

/** The answer must be a complete GraphQL result (no errors) or, for the raw contestant, a 200. */
export function checkAnswer(key: ContestantKey, scenario: Scenario, answer: { status: number; text: string }): unknown {
  if (answer.status !== 200) throw new Error(`${key} ${scenario.id}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
  const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown[] };
  if (key === 'raw') return body;
  if (body.errors || !body.data) throw new Error(`${key} ${scenario.id}: ${answer.text.slice(0, 500)}`);
  return body.data;
}

export function sameData(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}
