// startSandbox: the fake Candescent bank as a real HTTP server (team brief, "Sandbox").
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultEngine } from './http/faults.js';
import { RequestLog } from './http/request-log.js';
import { createDispatcher } from './http/server.js';
import { SandboxState } from './state.js';
import type { Sandbox, SandboxOptions } from './types.js';

export type {
  FaultKind, FaultRule, InstitutionFeatures, RequestLogEntry, RouteName, Sandbox, SandboxClient, SandboxOptions,
  SandboxProfile,
} from './types.js';
export { ALL_SCOPES, DEFAULT_CLIENT, DOCUMENTED_SCOPES, STRICT_DEFAULT_CLIENT } from './state.js';
export { sandboxProfile } from './cli-config.js';
export { ALL_SEED_USERS, INSTITUTION_ID, SANDBOX_TODAY, SEED_USERS, type SeedUser } from './seed.js';

// Longer than typical client pools keep idle sockets (undici ~4 s, Node agents 5 s…), so the
// server is not the side that closes a socket a client is about to reuse.
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const state = new SandboxState(options);
  const log = new RequestLog();
  const faults = new FaultEngine(options.faults ?? [], options.latencyMs ?? 0);
  const closing = new AbortController();
  const server = createServer(createDispatcher({ state, log, faults, admin: options.admin ?? false, closing: closing.signal }));
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    requests: () => log.list(),
    clearRequests: () => log.clear(),
    setFaults: (rules) => faults.setRules(rules),
    clearFaults: () => faults.setRules([]),
    setLatency: (ms, jitterMs) => faults.setLatency(ms, jitterMs),
    close: () => new Promise<void>((resolve) => {
      closing.abort();
      server.close(() => resolve());
      // Idle keep-alive sockets and hung requests would otherwise hold close() open.
      server.closeAllConnections();
    }),
  };
}
