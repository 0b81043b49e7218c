import { describe, expect, it } from 'vitest';
import { DEFAULT_SCOPES, loadUpstreamConfig, upstreamConfigFrom } from '../../src/upstream/config.js';
import { configRefusal } from '../support/config-error.js';

const SECRET = 'very-secret-value-123';
const base = {
  CANDESCENT_BASE_URL: 'https://api.candescent.com/digitalbanking/stage/',
  CANDESCENT_CLIENT_ID: 'client-1',
  CANDESCENT_CLIENT_SECRET: SECRET,
  CANDESCENT_INSTITUTION_ID: '00016',
};

const configError = (env: Record<string, string>) => configRefusal(() => loadUpstreamConfig({ ...base, ...env }));

describe('loadUpstreamConfig', () => {
  it('applies the documented defaults and strips the trailing slash', () => {
    expect(loadUpstreamConfig(base)).toEqual({
      baseUrl: 'https://api.candescent.com/digitalbanking/stage',
      clientId: 'client-1',
      clientSecret: SECRET,
      institutionId: '00016',
      apiStyle: 'db',
      scopes: [...DEFAULT_SCOPES],
      timeoutMs: 10_000,
      deadlineMs: 20_000,
      maxRetries: 3,
      retryBaseMs: 100,
      retryMaxMs: 2_000,
      tokenRefreshSkewSeconds: 60,
      maxSockets: 256,
      http: 'undici',
      breaker: { enabled: true, windowMs: 10_000, minCalls: 20, failureRatio: 0.5, minViewers: 3, cooldownMs: 5_000, halfOpenProbes: 1 },
      retryBudget: { ratio: 0.2, minPerSecond: 10 },
      accountUpdate: 'off',
    });
    expect(DEFAULT_SCOPES).toEqual(expect.arrayContaining(['accounts:read', 'recipients:delete', 'institution-users:read']));
    // Only documented scopes: one undocumented scope makes the bank refuse the whole token request (CMN_90012).
    expect(DEFAULT_SCOPES).not.toContain('accounts:write');
  });

  it('requests the account update scope only with ACCOUNT_UPDATE=patch', () => {
    expect(loadUpstreamConfig({ ...base, ACCOUNT_UPDATE: 'patch' })).toMatchObject({
      accountUpdate: 'patch', scopes: [...DEFAULT_SCOPES, 'accounts:write'],
    });
    expect(loadUpstreamConfig({ ...base, ACCOUNT_UPDATE: 'patch', CANDESCENT_SCOPES: 'accounts:read accounts:write' }).scopes)
      .toEqual(['accounts:read', 'accounts:write']);
    expect(() => loadUpstreamConfig({ ...base, ACCOUNT_UPDATE: 'put' })).toThrow(/ACCOUNT_UPDATE/);
  });

  it('reads every setting from the environment', () => {
    const config = loadUpstreamConfig({
      ...base,
      CANDESCENT_API_STYLE: 'v1',
      CANDESCENT_SCOPES: 'accounts:read, transactions:read  recipients:read',
      UPSTREAM_TIMEOUT_MS: '500',
      UPSTREAM_DEADLINE_MS: '1500',
      UPSTREAM_MAX_RETRIES: '0',
      UPSTREAM_RETRY_BASE_MS: '10',
      UPSTREAM_RETRY_MAX_MS: '50',
      TOKEN_REFRESH_SKEW_SECONDS: '5',
      UPSTREAM_MAX_SOCKETS: '8',
      UPSTREAM_HTTP: 'node-fetch',
    });
    expect(config).toMatchObject({
      apiStyle: 'v1', scopes: ['accounts:read', 'transactions:read', 'recipients:read'], timeoutMs: 500,
      deadlineMs: 1500, maxRetries: 0, retryBaseMs: 10, retryMaxMs: 50, tokenRefreshSkewSeconds: 5, maxSockets: 8,
      http: 'node-fetch',
    });
  });

  it.each([
    ['CANDESCENT_BASE_URL', 'not a url'],
    ['CANDESCENT_BASE_URL', 'ftp://bank.example'],
    ['CANDESCENT_BASE_URL', 'https://user:pw@bank.example'],
    ['CANDESCENT_BASE_URL', 'https://bank.example/?x=1'],
    ['CANDESCENT_CLIENT_ID', ''],
    ['CANDESCENT_CLIENT_ID', 'a:b'],
    ['CANDESCENT_CLIENT_SECRET', ''],
    ['CANDESCENT_INSTITUTION_ID', '0016'],
    ['CANDESCENT_API_STYLE', 'v2'],
    ['CANDESCENT_SCOPES', 'accounts:read;drop'],
    ['UPSTREAM_TIMEOUT_MS', '1.5'],
    ['UPSTREAM_TIMEOUT_MS', '0'],
    ['UPSTREAM_DEADLINE_MS', '5000'], // shorter than the default per-attempt timeout
    ['UPSTREAM_MAX_RETRIES', '11'],
    ['UPSTREAM_RETRY_MAX_MS', '50'], // below the default base
    ['TOKEN_REFRESH_SKEW_SECONDS', '-1'],
    ['UPSTREAM_MAX_SOCKETS', 'many'],
    ['UPSTREAM_HTTP', 'axios'],
  ])('rejects %s=%j naming the variable', (name, value) => {
    expect(configError({ [name]: value })).toContain(name);
  });

  it('requires the four connection settings', () => {
    for (const name of Object.keys(base)) {
      const env: Record<string, string | undefined> = { ...base, [name]: undefined };
      expect(() => loadUpstreamConfig(env)).toThrow(name);
    }
  });

  it('never echoes the client secret', () => {
    const misplaced: Array<Record<string, string>> = [
      { CANDESCENT_INSTITUTION_ID: SECRET }, { CANDESCENT_BASE_URL: SECRET }, { UPSTREAM_HTTP: SECRET },
      { UPSTREAM_TIMEOUT_MS: SECRET },
    ];
    for (const env of misplaced) {
      expect(configError({ ...env, CANDESCENT_CLIENT_SECRET: SECRET })).not.toContain(SECRET.slice(0, 8));
    }
  });
});

describe('upstreamConfigFrom', () => {
  it('validates a config object built in code the same way', () => {
    const config = upstreamConfigFrom({ baseUrl: 'http://127.0.0.1:4010/', clientId: 'c', clientSecret: 's',
      institutionId: '00016', timeoutMs: 50, deadlineMs: undefined });
    expect(config).toMatchObject({ baseUrl: 'http://127.0.0.1:4010', timeoutMs: 50, deadlineMs: 20_000 });
    expect(() => upstreamConfigFrom({ ...config, apiStyle: 'x' as 'db' })).toThrow('CANDESCENT_API_STYLE');
    expect(() => upstreamConfigFrom({ ...config, maxRetries: -1 })).toThrow('UPSTREAM_MAX_RETRIES');
  });
});
