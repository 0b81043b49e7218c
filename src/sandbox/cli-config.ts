// SANDBOX_* environment → SandboxOptions for the CLI. Errors name the variable at fault.
import { readFileSync } from 'node:fs';
import { validateFaultRules } from './http/faults.js';
import type { FaultRule, SandboxOptions, SandboxProfile } from './types.js';

const DEFAULT_PORT = 4010;

function number(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

/** SANDBOX_FAULTS: inline JSON, or the path of a JSON file; FaultRule[] or {faults, latencyMs?}. */
function faultsFrom(raw: string): { faults: FaultRule[]; latencyMs?: number } {
  let parsed: unknown;
  try {
    const text = /^\s*[[{]/.test(raw) ? raw : readFileSync(raw, 'utf8');
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`SANDBOX_FAULTS is neither JSON nor a readable JSON file: ${(error as Error).message}`);
  }
  const envelope = (Array.isArray(parsed) ? { faults: parsed } : parsed) as { faults?: unknown; latencyMs?: unknown };
  const problem = validateFaultRules(envelope.faults);
  if (problem) throw new Error(`SANDBOX_FAULTS: ${problem}`);
  if (envelope.latencyMs !== undefined && !(typeof envelope.latencyMs === 'number' && envelope.latencyMs >= 0)) {
    throw new Error('SANDBOX_FAULTS: latencyMs must be a non-negative number');
  }
  return envelope as { faults: FaultRule[]; latencyMs?: number };
}

/** SANDBOX_PROFILE: `lenient` (default) or `strict` (docs/bank-contract.md); used by `npm run sandbox` and `npm start`. */
export function sandboxProfile(env: NodeJS.ProcessEnv): SandboxProfile {
  const raw = env.SANDBOX_PROFILE?.trim() || 'lenient';
  if (raw !== 'lenient' && raw !== 'strict') throw new Error(`SANDBOX_PROFILE must be lenient or strict, got "${raw}"`);
  return raw;
}

export function cliOptions(env: NodeJS.ProcessEnv): SandboxOptions & { port: number; host: string } {
  const options: SandboxOptions & { port: number; host: string } = {
    port: number(env, 'SANDBOX_PORT') ?? DEFAULT_PORT,
    host: env.SANDBOX_HOST || '127.0.0.1',
    admin: env.SANDBOX_ADMIN === 'true',
    profile: sandboxProfile(env),
  };
  if (env.SANDBOX_FAULTS) {
    const { faults, latencyMs } = faultsFrom(env.SANDBOX_FAULTS);
    options.faults = faults;
    if (latencyMs !== undefined) options.latencyMs = latencyMs;
  }
  const latencyMs = number(env, 'SANDBOX_LATENCY_MS');
  if (latencyMs !== undefined) options.latencyMs = latencyMs;
  const ttl = number(env, 'SANDBOX_TOKEN_TTL_SECONDS');
  if (ttl !== undefined) options.tokenLifetimeSeconds = ttl;
  return options;
}
