// WORKERS > 1: src/main.ts as its own process becomes a cluster primary supervising gateway workers on one port.
import { get, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createSeed, SEED_USERS } from '../../src/sandbox/seed.js';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { TEST_JWT_SECRET } from '../support/gateway.js';
import { ask, bankEnv, freePort, spawnGateway, type GatewayProcess } from './support.js';

/**
 * The worker that answers a request on a new connection (the primary hands connections out round-robin), or
 * undefined: a connection handed to a worker in the instant it is killed is lost with it (clients retry).
 */
function servedBy(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = get(`${url}/healthz`, { agent: false, timeout: 1_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(Number(res.headers['x-served-by'])));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

/**
 * Asks until `enough` says the pids seen so far suffice; the workers become ready one after the other, each after
 * compiling the gateway (tsx), which takes long on a loaded machine. The deadline is only a safety net.
 */
async function workersSeen(url: string, enough: (pids: Set<number>) => boolean, timeoutMs = 90_000): Promise<Set<number>> {
  const pids = new Set<number>();
  const deadline = Date.now() + timeoutMs;
  while (!enough(pids) && Date.now() < deadline) {
    const pid = await servedBy(url);
    if (pid !== undefined) pids.add(pid);
  }
  return pids;
}

/** POSTs an operation on a new connection until worker `pid` answers it (or, without `pid`, once). */
async function askWorker(url: string, body: object, token: string, pid?: number): Promise<{ pid: number; data: any }> {
  for (;;) {
    const answer = await new Promise<{ pid: number; data: any }>((resolve, reject) => {
      const req = request(`${url}/graphql`, {
        method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ pid: Number(res.headers['x-served-by']), data: JSON.parse(text).data }));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
    if (pid === undefined || answer.pid === pid) return answer;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('WORKERS=3 over a bank', () => {
  let sandbox: Sandbox;
  let cluster: GatewayProcess;

  beforeAll(async () => {
    sandbox = await startSandbox();
    cluster = await spawnGateway({ ...bankEnv(sandbox.url), WORKERS: '3', RESPONSE_CACHE_TTL_SECONDS: '60' });
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop('SIGKILL');
    await sandbox?.close();
  });

  it('forgets a viewer\'s cached lists in every worker after their mutation (in memory, no Redis)', async () => {
    const workers = await workersSeen(cluster.url, (pids) => pids.size === 3);
    const token = await mintViewerToken(SEED_USERS.retailRich, { secret: TEST_JWT_SECRET });
    const list = { query: '{ viewer { accounts { id nickName } } }' };
    for (const pid of workers) await askWorker(cluster.url, list, token, pid);
    sandbox.clearRequests();
    for (const pid of workers) await askWorker(cluster.url, list, token, pid);
    expect(sandbox.requests().filter((r) => r.route === 'accounts')).toHaveLength(0);

    const id = Buffer.from(`Account:${createSeed().accountsByLabel.get('alex:everyday-checking')!.id}`).toString('base64url');
    const nickName = `Worker ${Date.now() % 100_000}`;
    const update = await askWorker(cluster.url, {
      query: 'mutation($id: ID!, $n: String) { accountUpdate(id: $id, input: { nickName: $n }) { account { nickName } } }',
      variables: { id, n: nickName },
    }, token);
    expect(update.data.accountUpdate.account.nickName).toBe(nickName);
    for (const pid of [...workers].filter((p) => p !== update.pid)) {
      const { data } = await askWorker(cluster.url, list, token, pid);
      expect(data.viewer.accounts.find((a: { id: string }) => a.id === id).nickName).toBe(nickName);
    }
  }, 120_000);

  it('spreads requests over the workers, replaces one that dies, and exits 0 on SIGTERM after its workers', async () => {
    const first = await workersSeen(cluster.url, (pids) => pids.size === 3);
    expect(first.size).toBe(3);
    expect(first.has(cluster.pid)).toBe(false);
    const answer = await ask(cluster.url, '{ viewer { accounts { id } } }', SEED_USERS.retailSingle);
    expect(answer.body.data!.viewer.accounts).toHaveLength(1);
    expect(first.has(Number(answer.headers.get('x-served-by')))).toBe(true);

    const [victim] = first;
    process.kill(victim!, 'SIGKILL');
    const after = await workersSeen(cluster.url, (pids) => [...pids].some((pid) => !first.has(pid)));
    const replacement = [...after].find((pid) => !first.has(pid));
    expect(replacement).toBeDefined();
    expect(alive(victim!)).toBe(false);
    expect(cluster.output()).toMatch(new RegExp(`worker ${victim} exited \\(SIGKILL\\); starting a new one`));

    const workers = [...first, replacement!].filter((pid) => pid !== victim);
    expect(await cluster.stop('SIGTERM')).toBe(0);
    expect(workers.filter(alive)).toEqual([]);
  }, 120_000);
});

describe('WORKERS=2 in dev mode', () => {
  it('runs the sandbox bank once, in the primary, for both workers', async () => {
    const sandboxPort = await freePort();
    const dev = await spawnGateway({ WORKERS: '2', SANDBOX_PORT: String(sandboxPort), CANDESCENT_BASE_URL: '' });
    try {
      const pids = await workersSeen(dev.url, (seen) => seen.size === 2);
      expect(pids.size).toBe(2);
      // Both workers reach the same bank: a second sandbox could not have bound the same port anyway.
      const answers = await Promise.all([0, 1, 2, 3].map(() => ask(dev.url, '{ viewer { recipients { id } } }', SEED_USERS.retailSingle)));
      expect(answers.every((a) => a.status === 200 && !a.body.errors)).toBe(true);
      const log = (await (await fetch(`http://127.0.0.1:${sandboxPort}/__sandbox/requests`)).json()) as Array<{ route: string }>;
      expect(log.filter((entry) => entry.route === 'recipients')).toHaveLength(4);
      expect(dev.output().match(/Sandbox bank:/g)).toHaveLength(1);
      expect(dev.output().match(/GraphQL:/g)).toHaveLength(1);
    } finally {
      expect(await dev.stop('SIGTERM')).toBe(0);
    }
  }, 120_000);
});
