// The per-viewer response cache without Redis (each process its own, RESPONSE_CACHE_TTL_SECONDS), in-process:
// what it caches, for whom, and what a mutation takes away. test/scale/fleet.test.ts covers it over Redis.
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createViewerVerifier } from '../../src/auth/viewer.js';
import { loadConfig } from '../../src/config.js';
import { createObservability } from '../../src/observability/index.js';
import { createSharedState, type SharedState } from '../../src/scale/index.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createSeed, SEED_USERS } from '../../src/sandbox/seed.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { createBankClient, type BankClient } from '../../src/upstream/client.js';
import type { UserContext } from '../../src/upstream/types.js';
import { TEST_JWT_SECRET } from '../support/gateway.js';
import { ask, bankEnv } from './support.js';

const { retailRich: rich, retailSingle: single, business } = SEED_USERS;
const LIST = '{ viewer { accounts { id nickName } } }';
const UPDATE = `mutation($id: ID!, $input: AccountUpdateInput!) { accountUpdate(id: $id, input: $input) { account { nickName } userErrors { code } } }`;
const RECIPIENT_DELETE = 'mutation($id: ID!) { recipientDelete(id: $id) { deletedRecipientId userErrors { code } } }';
const accountId = Buffer.from(`Account:${createSeed().accountsByLabel.get('alex:everyday-checking')!.id}`).toString('base64url');

/** main.ts's wiring, in-process. */
async function startGateway(sandbox: Sandbox, extra: Record<string, string>) {
  const { gateway: config, upstream, observability: observed, scale, secrets } =
    loadConfig({ ...bankEnv(sandbox.url), AUTH_JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', ...extra });
  const observability = await createObservability(observed, { secrets });
  const shared: SharedState = await createSharedState({ config: scale, upstream, security: config.security, observability });
  const bank: BankClient = createBankClient(upstream, { ...observability.bankHooks, tokenStore: shared.tokenStore });
  const gateway: Gateway = await createGateway({ config, bank, observability, shared, verifyViewer: createViewerVerifier(config.auth) });
  const server: Server = createServer(gateway.handle).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gateway.stop();
      await bank.close();
      await shared.close();
    },
  };
}

describe('the response cache in one process', () => {
  let sandbox: Sandbox;
  let cached: Awaited<ReturnType<typeof startGateway>>;
  let uncached: Awaited<ReturnType<typeof startGateway>>;
  const calls = (route: string, user?: UserContext) =>
    sandbox.requests().filter((r) => r.route === route && (!user || r.userId === user.userId)).length;

  beforeAll(async () => {
    sandbox = await startSandbox();
    [cached, uncached] = await Promise.all([startGateway(sandbox, { RESPONSE_CACHE_TTL_SECONDS: '30' }), startGateway(sandbox, {})]);
  });
  afterAll(async () => {
    await Promise.all([cached?.close(), uncached?.close()]);
    await sandbox?.close();
  });
  beforeEach(() => sandbox.clearRequests());

  it('is off unless RESPONSE_CACHE_TTL_SECONDS is set', async () => {
    await ask(uncached.url, LIST, rich);
    await ask(uncached.url, LIST, rich);
    expect(calls('accounts')).toBe(2);
  });

  it('serves a viewer\'s repeated list from the cache, and each viewer their own', async () => {
    const first = await ask(cached.url, LIST, rich);
    const other = await ask(cached.url, LIST, single);
    expect(await ask(cached.url, LIST, rich)).toMatchObject({ body: first.body });
    expect(await ask(cached.url, LIST, single)).toMatchObject({ body: other.body });
    expect(other.body.data!.viewer.accounts).toHaveLength(1);
    expect(first.body.data!.viewer.accounts.length).toBeGreaterThan(1);
    expect([calls('accounts', rich), calls('accounts', single)]).toEqual([1, 1]);
  });

  it('caches a business customer\'s locations and per-location lists', async () => {
    const query = '{ viewer { locations { id accounts { id } } } }';
    const first = await ask(cached.url, query, business);
    const callsFirst = sandbox.requests().length;
    expect(first.body.data!.viewer.locations.length).toBeGreaterThanOrEqual(4);
    expect(await ask(cached.url, query, business)).toMatchObject({ body: first.body });
    expect(sandbox.requests().length).toBe(callsFirst);
  });

  it('forgets the viewer\'s lists after their account update, and after a recipient mutation', async () => {
    await ask(cached.url, LIST, rich);
    const nickName = `Cached ${Date.now() % 100_000}`;
    expect((await ask(cached.url, UPDATE, rich, { id: accountId, input: { nickName } })).body.data!.accountUpdate.userErrors).toEqual([]);
    const list = (await ask(cached.url, LIST, rich)).body.data!.viewer.accounts as Array<{ id: string; nickName: string }>;
    expect(list.find((a) => a.id === accountId)?.nickName).toBe(nickName);

    const recipients = (await ask(cached.url, '{ viewer { recipients { id } } }', single)).body.data!.viewer.recipients;
    await ask(cached.url, LIST, single);
    sandbox.clearRequests();
    const deleted = await ask(cached.url, RECIPIENT_DELETE, single, { id: recipients[0].id });
    expect(deleted.body.data!.recipientDelete).toEqual({ deletedRecipientId: recipients[0].id, userErrors: [] });
    await ask(cached.url, LIST, single);
    expect(calls('accounts', single)).toBe(1);
  });
});
