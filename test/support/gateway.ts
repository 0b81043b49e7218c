import type { Server } from 'node:http';
import { once } from 'node:events';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { createViewerVerifier } from '../../src/auth/viewer.js';
import { loadConfig, type GatewayConfig } from '../../src/config.js';
import { devBankEnv } from '../../src/dev-bank.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { createHttpServer } from '../../src/http/server.js';
import { createObservability, type Observability, type ObservabilityOptions } from '../../src/observability/index.js';
import { createBankClient } from '../../src/upstream/client.js';
import { startSandbox, type Sandbox, type SandboxOptions, type SandboxProfile } from '../../src/sandbox/index.js';
import type { BankClient } from '../../src/upstream/client.js';
import type { UserContext } from '../../src/upstream/types.js';

export const TEST_JWT_SECRET = 'integration-test-secret-at-least-32-bytes';

/**
 * Both readings of the bank's contract (docs/bank-contract.md). Integration suites run per profile
 * (`describe.each(PROFILES)`), so a change that only works against the lenient bank fails the build.
 */
export const PROFILES: readonly SandboxProfile[] = ['lenient', 'strict'];

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
    extensions?: Record<string, any>;
  };
}

export interface TestGateway {
  url: string;
  sandbox: Sandbox;
  bank: BankClient;
  config: GatewayConfig;
  gateway: Gateway;
  observability: Observability;
  token(user: UserContext, lifetimeSeconds?: number): Promise<string>;
  /** POSTs an operation as the given viewer (a UserContext, a raw token, or null for no Authorization). */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: UserContext | string | null): Promise<GraphQLResult<T>>;
  /** Upstream resource calls the sandbox saw since the last reset (token calls excluded). */
  upstreamCalls(): ReturnType<Sandbox['requests']>;
  resetCalls(): void;
  close(): Promise<void>;
}

/** A real gateway on an ephemeral port over a real in-process sandbox: what integration tests talk to. */
export async function startTestGateway(
  options: {
    /** The sandbox's reading of the contract (lenient by default); also settable as `sandbox.profile`. */
    profile?: SandboxProfile;
    sandbox?: SandboxOptions;
    env?: Record<string, string>;
    observability?: Omit<ObservabilityOptions, 'secrets'>;
  } = {},
): Promise<TestGateway> {
  const sandbox = await startSandbox({ admin: true, profile: options.profile, ...options.sandbox });
  const loaded = loadConfig({
    ...devBankEnv(sandbox.url),
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    PORT: '0',
    UPSTREAM_TIMEOUT_MS: '2000',
    UPSTREAM_DEADLINE_MS: '4000',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const config = loaded.gateway;
  const observability = await createObservability(loaded.observability, { ...options.observability, secrets: loaded.secrets });
  const bank = createBankClient(loaded.upstream, observability.bankHooks);
  const gateway: Gateway = await createGateway({ config, bank, observability, verifyViewer: createViewerVerifier(config.auth) });
  const server: Server = createHttpServer(config.http, gateway.handle).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const token = (user: UserContext, lifetimeSeconds?: number) =>
    mintViewerToken(user, { secret: TEST_JWT_SECRET, lifetimeSeconds });

  return {
    url,
    sandbox,
    bank,
    config,
    gateway,
    observability,
    token,
    async query(query, variables, as) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (typeof as === 'string') headers.authorization = `Bearer ${as}`;
      else if (as) headers.authorization = `Bearer ${await token(as)}`;
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResult<any>['body'] };
    },
    upstreamCalls: () => sandbox.requests().filter((r: { route: string }) => r.route !== 'token' && r.route !== 'admin'),
    resetCalls: () => sandbox.clearRequests(),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.stop();
      await bank.close();
      await sandbox.close();
    },
  };
}
