// A bank token refused on a resource call is refreshed once and the call retried, whether the bank says so with
// 401 (lenient reading) or with 400 CMN_90018 "Invalid token" (strict reading, 1.11.0).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { PROFILES, startTestGateway } from '../support/gateway.js';

describe.each(PROFILES)('a bank token revoked behind the gateway\'s back, %s bank', (profile) => {
  it('is refreshed once and the operation succeeds', async () => {
    const gw = await startTestGateway({ profile });
    try {
      const token = await gw.bank.tokens.getToken();
      const revoked = await fetch(`${gw.sandbox.url}/oauth2/v1/revoke`, {
        method: 'DELETE',
        headers: {
          authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`,
          transactionId: randomUUID(),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ token }).toString(),
      });
      expect(revoked.status).toBe(204);
      gw.resetCalls();
      const res = await gw.query('{ viewer { accounts { id } } }', {}, SEED_USERS.retailSingle);
      expect(res.body.errors).toBeUndefined();
      const calls = gw.sandbox.requests().map((c) => [c.route, c.status, c.query.$filter ?? '']);
      expect(calls).toEqual([
        ['accounts', profile === 'strict' ? 400 : 401, ''],
        ['token', 200, ''],
        ['accounts', 200, ''],
      ]);
    } finally {
      await gw.close();
    }
  });
});
