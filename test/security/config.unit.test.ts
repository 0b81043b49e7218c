import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecurityConfig } from '../../src/security/config.js';
import { configRefusal } from '../support/config-error.js';

const dir = mkdtempSync(join(tmpdir(), 'security-config-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const configError = (env: Record<string, string>, production = false) => configRefusal(() => loadSecurityConfig(env, production));

describe('loadSecurityConfig', () => {
  it('has the documented defaults outside production', () => {
    const config = loadSecurityConfig({}, false);
    expect(config).toMatchObject({
      limits: { maxDepth: 12, maxAliases: 100, maxDirectives: 50, maxTokens: 2000, maxCost: 2000, maxMutationFields: 5 },
      corsOrigins: [],
      allowLoopbackOrigins: true,
      allowBatching: false,
      hideSchemaDetails: false,
      hsts: false,
      apq: true,
      safelistMode: 'off',
      rateLimit: { perMinute: 0 },
    });
    expect(config.safelist).toBeUndefined();
  });

  it('hardens production: hidden schema details, HSTS, rate limiting on', () => {
    const config = loadSecurityConfig({}, true);
    expect(config).toMatchObject({ hideSchemaDetails: true, hsts: true, allowLoopbackOrigins: false, rateLimit: { perMinute: 20_000, burst: 4_000, maxViewers: 100_000 } });
  });

  it('reads every limit', () => {
    const config = loadSecurityConfig(
      { MAX_QUERY_DEPTH: '8', MAX_ALIASES: '30', MAX_DIRECTIVES: '5', MAX_QUERY_TOKENS: '900', MAX_QUERY_COST: '700', MAX_MUTATION_FIELDS: '2', RATE_LIMIT_PER_MINUTE: '1200', RATE_LIMIT_BURST: '900' },
      false,
    );
    expect(config.limits).toEqual({ maxDepth: 8, maxAliases: 30, maxDirectives: 5, maxTokens: 900, maxCost: 700, maxMutationFields: 2 });
    expect(config.rateLimit).toMatchObject({ perMinute: 1200, burst: 900 });
  });

  it('normalises the CORS allow-list to origins', () => {
    expect(loadSecurityConfig({ CORS_ORIGINS: 'https://app.bank.example, http://localhost:5173/' }, true).corsOrigins).toEqual([
      'https://app.bank.example',
      'http://localhost:5173',
    ]);
    expect(loadSecurityConfig({ CORS_ORIGINS: '*' }, false).corsOrigins).toBe('*');
  });

  it.each([
    [{ CORS_ORIGINS: '*' }, true, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'app.bank.example' }, false, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://app.bank.example/path' }, false, 'CORS_ORIGINS'],
    [{ MAX_QUERY_DEPTH: '0' }, false, 'MAX_QUERY_DEPTH'],
    [{ MAX_QUERY_COST: 'lots' }, false, 'MAX_QUERY_COST'],
    [{ MAX_MUTATION_FIELDS: '0' }, false, 'MAX_MUTATION_FIELDS'],
    // A bucket that can never hold one admitted operation.
    [{ RATE_LIMIT_BURST: '500' }, true, 'RATE_LIMIT_BURST'],
    [{ SAFELIST_MODE: 'strict' }, false, 'SAFELIST_MODE'],
    [{ SAFELIST_MODE: 'enforce' }, false, 'SAFELIST_MANIFEST'],
    [{ SAFELIST_MANIFEST: '/nonexistent/manifest.json' }, false, 'SAFELIST_MANIFEST'],
  ])('refuses %o (production: %s), naming %s', (env, production, name) => {
    expect(configError(env as Record<string, string>, production)).toMatch(new RegExp(`^${name}:`));
  });

  it('loads a manifest and refuses one with a broken document or a non-object', () => {
    const good = file('good.json', JSON.stringify({ 'sha256:abc': '{ viewer { recipients { id } } }' }));
    expect(loadSecurityConfig({ SAFELIST_MANIFEST: good, SAFELIST_MODE: 'enforce' }, true).safelist?.byId.size).toBe(1);
    expect(configError({ SAFELIST_MANIFEST: file('broken.json', JSON.stringify({ x: '{ viewer {' })) })).toMatch(/invalid document/);
    expect(configError({ SAFELIST_MANIFEST: file('list.json', '["{ viewer { id } }"]') })).toMatch(/JSON object/);
  });

  it('loads the front end’s generated manifest', () => {
    const config = loadSecurityConfig({ SAFELIST_MANIFEST: 'test/client/generated/persisted-documents.json' }, true);
    expect(config.safelist!.byId.size).toBeGreaterThan(0);
    expect(config.safelist!.bySha256.size).toBe(config.safelist!.byId.size);
  });
});
