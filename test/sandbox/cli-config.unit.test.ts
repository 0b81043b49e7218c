import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOptions } from '../../src/sandbox/cli-config.js';

describe('sandbox CLI options', () => {
  it('defaults to 127.0.0.1:4010, the lenient profile, with the admin API off', () => {
    expect(cliOptions({})).toEqual({ port: 4010, host: '127.0.0.1', admin: false, profile: 'lenient' });
  });

  it('reads port, host, admin, profile, latency and token lifetime', () => {
    expect(cliOptions({
      SANDBOX_PORT: '0', SANDBOX_HOST: '0.0.0.0', SANDBOX_ADMIN: 'true', SANDBOX_LATENCY_MS: '25', SANDBOX_TOKEN_TTL_SECONDS: '5',
      SANDBOX_PROFILE: 'strict',
    })).toEqual({ port: 0, host: '0.0.0.0', admin: true, profile: 'strict', latencyMs: 25, tokenLifetimeSeconds: 5 });
  });

  it('reads faults inline or from a file, as an array or an envelope', () => {
    const rules = [{ route: 'accounts', kind: 'status', status: 503, times: 2 }];
    expect(cliOptions({ SANDBOX_FAULTS: JSON.stringify(rules) }).faults).toEqual(rules);
    const file = join(mkdtempSync(join(tmpdir(), 'sandbox-')), 'faults.json');
    writeFileSync(file, JSON.stringify({ faults: rules, latencyMs: 10 }));
    expect(cliOptions({ SANDBOX_FAULTS: file })).toMatchObject({ faults: rules, latencyMs: 10 });
    // An explicit SANDBOX_LATENCY_MS wins over the file's.
    expect(cliOptions({ SANDBOX_FAULTS: file, SANDBOX_LATENCY_MS: '3' }).latencyMs).toBe(3);
  });

  it('names the variable at fault', () => {
    expect(() => cliOptions({ SANDBOX_PORT: 'eighty' })).toThrow(/SANDBOX_PORT/);
    expect(() => cliOptions({ SANDBOX_LATENCY_MS: '-1' })).toThrow(/SANDBOX_LATENCY_MS/);
    expect(() => cliOptions({ SANDBOX_FAULTS: '/no/such/file.json' })).toThrow(/SANDBOX_FAULTS/);
    expect(() => cliOptions({ SANDBOX_FAULTS: '[{"kind":"boom"}]' })).toThrow(/SANDBOX_FAULTS: faults\[0\]\.kind/);
  });
});
