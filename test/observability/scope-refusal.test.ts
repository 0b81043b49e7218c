// A scope the bank's client app lacks: the strict reading refuses the whole token request (CMN_90012).
import { describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { DEFAULT_SCOPES } from '../../src/upstream/config.js';
import { startTestGateway } from '../support/gateway.js';
import { captureLogs } from './capture.js';

describe('a scope the bank refuses', () => {
  it('keeps /readyz terse and names the scope and CANDESCENT_SCOPES in the log', async () => {
    const logs = captureLogs();
    const gw = await startTestGateway({
      profile: 'strict',
      env: { LOG_LEVEL: 'info', READINESS_CACHE_MS: '0', CANDESCENT_SCOPES: [...DEFAULT_SCOPES, 'accounts:write'].join(' ') },
      observability: { logDestination: logs.stream },
    });
    try {
      const res = await fetch(`${gw.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'not-ready', reason: 'bank token unavailable' });
      const line = await logs.waitFor((l) => typeof l.msg === 'string' && l.msg.startsWith('readiness: bank token unavailable'));
      expect(line.msg).toContain('CMN_90012');
      expect(line.msg).toMatch(/refuses scope\(s\) accounts:write for this client; remove them from CANDESCENT_SCOPES/);
      expect(logs.text()).not.toContain('sandbox-secret');
      // Operations fail as the bank being unavailable, without any resource call.
      const op = await gw.query('{ viewer { accounts { id } } }', {}, SEED_USERS.retailRich);
      expect(op.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(gw.upstreamCalls()).toHaveLength(0);
    } finally {
      await gw.close();
    }
  });

  it('is not a problem on the default scopes, which are the documented ones', async () => {
    const gw = await startTestGateway({ profile: 'strict', env: { READINESS_CACHE_MS: '0' } });
    try {
      expect((await fetch(`${gw.url}/readyz`)).status).toBe(200);
    } finally {
      await gw.close();
    }
  });
});
