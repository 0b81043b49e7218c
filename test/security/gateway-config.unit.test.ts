import { describe, expect, it } from 'vitest';
import { ConfigError, loadGatewayConfig } from '../../src/config.js';

const BANK = { CANDESCENT_BASE_URL: 'https://bank.example', AUTH_JWT_SECRET: 'Zq3v9Xw2Lr8Tn5Kp1Hs7Md4Fb6Jc0GyE' };

function refusal(env: Record<string, string>): string {
  try {
    loadGatewayConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  return expect.fail('expected a ConfigError');
}

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
