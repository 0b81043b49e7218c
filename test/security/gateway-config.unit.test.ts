import { describe, expect, it } from 'vitest';
import { loadConfig, loadGatewayConfig } from '../../src/config.js';
import { devBankEnv } from '../../src/dev-bank.js';
import { configRefusal } from '../support/config-error.js';

const BANK = { CANDESCENT_BASE_URL: 'https://bank.example', AUTH_JWT_SECRET: 'Zq3v9Xw2Lr8Tn5Kp1Hs7Md4Fb6Jc0GyE' };

const refusal = (env: Record<string, string>, load: (env: Record<string, string>) => unknown = loadGatewayConfig) =>
  configRefusal(() => load(env));

describe('gateway configuration', () => {
  it('stops a production start without CANDESCENT_BASE_URL instead of falling back to the sandbox', () => {
    expect(refusal({ NODE_ENV: 'production', AUTH_JWT_SECRET: BANK.AUTH_JWT_SECRET })).toMatch(/^CANDESCENT_BASE_URL: is required/);
    expect(loadGatewayConfig({}).devMode).toBe(true);
  });

  it('refuses a long but guessable AUTH_JWT_SECRET in production, naming the variable and not the value', () => {
    const message = refusal({ ...BANK, NODE_ENV: 'production', AUTH_JWT_SECRET: 'a'.repeat(32) });
    expect(message).toMatch(/^AUTH_JWT_SECRET: /);
    expect(message).not.toContain('aaaa');
    expect(refusal({ ...BANK, NODE_ENV: 'production', AUTH_JWT_SECRET: 'abcdefgh'.repeat(4) })).toMatch(/^AUTH_JWT_SECRET: /);
    expect(loadGatewayConfig({ ...BANK, NODE_ENV: 'production' }).auth.jwtSecret).toBe(BANK.AUTH_JWT_SECRET);
  });
});

describe('the configuration tree (loadConfig)', () => {
  const devBank = { url: 'http://127.0.0.1:4010' };

  it('in dev mode points every module at the sandbox before reading, with the dev signing secret', () => {
    const config = loadConfig({ AUTH_JWT_SECRET: BANK.AUTH_JWT_SECRET, CANDESCENT_CLIENT_ID: 'ignored' }, devBank);
    expect(config.gateway.devMode).toBe(true);
    expect(config.gateway.auth.jwtSecret).toBe(BANK.AUTH_JWT_SECRET);
    expect(config.upstream).toMatchObject({ baseUrl: devBank.url, clientId: 'sandbox-client', institutionId: '00016' });
    expect(config.secrets).toEqual(['sandbox-secret', BANK.AUTH_JWT_SECRET]);
    expect(() => loadConfig({ AUTH_JWT_SECRET: BANK.AUTH_JWT_SECRET })).toThrow(/startDevBank/);
  });

  it('reads every integer the same way: 0x10 is refused by each module, naming the variable', () => {
    const bank = { ...BANK, ...devBankEnv('https://bank.example') };
    expect(loadConfig(bank).gateway.devMode).toBe(false);
    for (const name of ['PORT', 'UPSTREAM_TIMEOUT_MS', 'BREAKER_MIN_CALLS', 'MAX_QUERY_DEPTH', 'HTTP_MAX_CONNECTIONS', 'READINESS_CACHE_MS',
      'REDIS_TIMEOUT_MS', 'WORKERS', 'SHUTDOWN_TIMEOUT_MS']) {
      expect(refusal({ ...bank, [name]: '0x10' }, loadConfig)).toMatch(new RegExp(`^${name}: must be a whole number from \\d+ to \\d+$`));
    }
  });
});
