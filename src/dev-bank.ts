// Dev mode (no CANDESCENT_BASE_URL): the embedded sandbox bank stands in for Candescent. The one wiring of it,
// shared by `npm start` (src/main.ts), the cluster's workers and the integration tests.
import { devJwtSecret } from './auth/dev-secret.js';
import { readInt, type Env } from './env.js';
import { primarySandbox } from './lifecycle/worker.js';
import type { SandboxProfile } from './sandbox/index.js';

export interface DevBank {
  url: string;
  profile: SandboxProfile;
  close(): Promise<void>;
}

/** The bank variables that point the gateway at a sandbox as its default client (src/sandbox/state.ts). */
export function devBankEnv(sandboxUrl: string): Record<string, string> {
  return {
    CANDESCENT_BASE_URL: sandboxUrl,
    CANDESCENT_CLIENT_ID: 'sandbox-client',
    CANDESCENT_CLIENT_SECRET: 'sandbox-secret',
    CANDESCENT_INSTITUTION_ID: '00016',
  };
}

/** What dev mode loads its configuration from: the operator's variables, the sandbox's client, the dev secret. */
export function devModeEnv(env: Env, bank: Pick<DevBank, 'url'>): Env {
  return { ...env, ...devBankEnv(bank.url), AUTH_JWT_SECRET: devJwtSecret(env) };
}

/**
 * Starts the sandbox (SANDBOX_PORT, SANDBOX_PROFILE) with its admin API; in a cluster worker, the primary's
 * sandbox instead, which that worker must neither start again nor close.
 */
export async function startDevBank(env: Env): Promise<DevBank> {
  // Loaded only in dev mode: a real deployment never carries the fake bank in memory.
  const { sandboxProfile, startSandbox } = await import('./sandbox/index.js');
  const profile = sandboxProfile(env);
  const sandbox = primarySandbox(env) ?? (await startSandbox({ port: readInt(env, 'SANDBOX_PORT', 4010, 0, 65535), admin: true, profile }));
  return { url: sandbox.url, profile, close: () => sandbox.close() };
}
