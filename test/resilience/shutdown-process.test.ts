import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { TEST_JWT_SECRET } from '../support/gateway.js';

// `npm start` for real: a child process in dev mode (embedded sandbox) receives SIGTERM with an operation in flight.

const HISTORY = '{ viewer { accounts { id transactions(first: 3) { edges { node { id } } } } } }';

interface Started {
  child: ChildProcess;
  gateway: string;
  sandbox: string;
  output: () => string;
  /** Resolves once the child has written a line matching `pattern`. */
  waitFor: (pattern: RegExp) => Promise<void>;
}

async function startMain(): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SANDBOX_PORT: '0', HOST: '127.0.0.1', AUTH_JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '5000' };
  for (const name of Object.keys(env)) if (name.startsWith('CANDESCENT_')) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(text)) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const waitFor = (pattern: RegExp) => new Promise<void>((resolve, reject) => {
    if (pattern.test(text)) return resolve();
    waiters.push({ pattern, resolve });
    child.once('exit', () => (pattern.test(text) ? resolve() : reject(new Error(`exited before ${pattern}:\n${text}`))));
  });
  await waitFor(/GraphQL: +\S+\/graphql/);
  return {
    child,
    gateway: /GraphQL: +(\S+)\/graphql/.exec(text)![1]!,
    sandbox: /Sandbox bank: +(\S+)/.exec(text)![1]!,
    output: () => text,
    waitFor,
  };
}

describe('SIGTERM on the real process', () => {
  let main: Started | undefined;
  afterAll(() => {
    if (main && main.child.exitCode === null) main.child.kill('SIGKILL');
  });

  it('finishes the in-flight operation, refuses new ones, closes the bank client and the sandbox, and exits 0', async () => {
    main = await startMain();
    const { gateway, sandbox } = main;
    const token = await mintViewerToken(SEED_USERS.retailSingle, { secret: TEST_JWT_SECRET });
    const post = (query: string) => fetch(`${gateway}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }),
    });
    expect(((await (await post('{ viewer { accounts { id } } }')).json()) as { errors?: unknown }).errors).toBeUndefined();

    // Transaction lists take 1.5 s from now on.
    const admin = await fetch(`${sandbox}/__sandbox/faults`, {
      method: 'PUT', headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ route: 'transactions', kind: 'latency', latencyMs: 1_500 }]),
    });
    expect(admin.ok).toBe(true);
    await fetch(`${sandbox}/__sandbox/requests`, { method: 'DELETE' });
    const inFlight = post(HISTORY);
    // Its account list came back, so the slow transactions call is under way.
    await expect.poll(async () => {
      const log = (await (await fetch(`${sandbox}/__sandbox/requests`)).json()) as Array<{ route: string }>;
      return log.some((entry) => entry.route === 'accounts');
    }, { interval: 20, timeout: 30_000 }).toBe(true);

    const exited = once(main.child, 'exit');
    main.child.kill('SIGTERM');
    await main.waitFor(/shutdown: draining/);
    const refused = await post('{ viewer { accounts { id } } }').then((res) => res.status, () => 'connection refused');
    expect([503, 'connection refused']).toContain(refused);

    const res = await inFlight;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { viewer: { accounts: Array<{ transactions: { edges: unknown[] } }> } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.viewer.accounts[0]!.transactions.edges.length).toBeGreaterThan(0);

    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(main.output()).toMatch(/"outcome":"drained"[^\n]*shutdown: complete/);
    // The embedded sandbox went down with it.
    await expect(fetch(`${sandbox}/__sandbox/requests`)).rejects.toThrow();
  });
});
