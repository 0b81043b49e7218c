import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { accessToken, call } from './helpers.js';

// The benchmark reports bytes read from the bank per operation from this field (test/bench/upstream-log.ts).
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

it('records the size of every response body in the request log', async () => {
  const token = await accessToken(sandbox);
  sandbox.clearRequests();
  const list = await call(sandbox, `/db-accounts/v1/accounts?hostUserId=${SEED_USERS.retailRich.userId}`, { token });
  const missing = await call(sandbox, `/db-accounts/v1/accounts/unknown?hostUserId=${SEED_USERS.retailRich.userId}`, { token });
  expect([list.status, missing.status]).toEqual([200, 404]);
  const [listEntry, missingEntry] = sandbox.requests();
  expect(listEntry.bytes).toBe(Buffer.byteLength(list.text));
  expect(listEntry.bytes).toBeGreaterThan(10_000);
  expect(missingEntry.bytes).toBe(Buffer.byteLength(missing.text));
});
