import { expect } from 'vitest';
import type { RouteName } from '../../src/sandbox/types.js';
import type { UserContext } from '../../src/upstream/types.js';
import type { TestGateway } from './gateway.js';

/**
 * Proves without timing that an operation has `count` calls to `routes` in flight at the bank together: the sandbox
 * holds every such call (a hang fault) until `count` of them have arrived, then the client hangs up. Calls made one
 * after another could never be pending at once. Returns the held calls (the sandbox's request log entries).
 */
export async function heldTogether(gw: TestGateway, routes: RouteName[], query: string, as: UserContext, count: number) {
  // The sandbox logs a call when it arrives and stamps finishedAt when it answers or its connection closes.
  const held = () => gw.upstreamCalls().filter((call) => routes.includes(call.route) && call.finishedAt === call.startedAt);
  gw.sandbox.setFaults(routes.map((route) => ({ route, kind: 'hang' as const })));
  const token = await gw.token(as);
  const hangUp = new AbortController();
  const pending = fetch(`${gw.url}/graphql`, {
    method: 'POST',
    signal: hangUp.signal,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  }).catch(() => 'hung up');
  try {
    await expect.poll(() => held().length, { timeout: 10_000 }).toBe(count);
    return held();
  } finally {
    hangUp.abort();
    await pending;
    await expect.poll(() => held().length, { timeout: 10_000 }).toBe(0);
    gw.sandbox.clearFaults();
  }
}
