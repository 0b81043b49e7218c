// Entry point: configuration, the embedded sandbox bank in dev mode, and the HTTP listener.
import { once } from 'node:events';
import { devJwtSecret } from './auth/dev-secret.js';
import { mintViewerToken } from './auth/mint-token.js';
import { createViewerVerifier } from './auth/viewer.js';
import { ConfigError, loadGatewayConfig } from './config.js';
import { readInt } from './env.js';
import { createObservability } from './observability/index.js';
import { createGateway } from './server.js';
import { createHttpServer } from './http/server.js';
import { createGracefulShutdown, exitOnSignals, loadShutdownTimeoutMs } from './lifecycle/shutdown.js';
import { superviseWorkers } from './lifecycle/cluster.js';
import { announces, primarySandbox, servedBy } from './lifecycle/worker.js';
import { createSharedState } from './scale/index.js';
import { createBankClient } from './upstream/client.js';
import { loadUpstreamConfig } from './upstream/config.js';
import { explainTokenFailure } from './upstream/token-diagnosis.js';

const EXAMPLE_QUERY = `# Accounts of the signed-in customer, with balances and the latest transactions.
query Dashboard {
  viewer {
    accounts {
      id
      nickName
      accountNumber
      category
      balance { current { amount currencyCode } available { amount currencyCode } }
      transactions(first: 3) { edges { node { description amount { amount currencyCode } } } }
    }
    recipients { nickName accountNumber }
  }
}
`;

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  // WORKERS > 1: this process only forks and supervises the gateway processes (each runs the rest of main).
  if (await superviseWorkers(config)) return;
  let env: Record<string, string | undefined> = process.env;
  let closeSandbox = async () => {};
  let demoTokens: Array<{ label: string; token: string }> = [];

  if (config.devMode) {
    // Loaded only in dev mode: a real deployment never carries the fake bank in memory.
    const { sandboxProfile, startSandbox } = await import('./sandbox/index.js');
    const { SEED_USERS } = await import('./sandbox/seed.js');
    const profile = sandboxProfile(env);
    const sandbox = primarySandbox() ?? (await startSandbox({ port: readInt(env, 'SANDBOX_PORT', 4010, 0, 65535), admin: true, profile }));
    closeSandbox = () => sandbox.close();
    env = {
      ...env,
      CANDESCENT_BASE_URL: sandbox.url,
      CANDESCENT_CLIENT_ID: 'sandbox-client',
      CANDESCENT_CLIENT_SECRET: 'sandbox-secret',
      CANDESCENT_INSTITUTION_ID: '00016',
    };
    config.auth.jwtSecret = devJwtSecret(env);
    if (announces()) console.log(`Sandbox bank:  ${sandbox.url}  (${profile} profile; admin API at ${sandbox.url}/__sandbox/users)`);
    demoTokens = await Promise.all(
      Object.entries(SEED_USERS).map(async ([label, user]) => ({
        label: `${label} (${user.idType}=${user.userId})`,
        token: await mintViewerToken(user, { secret: config.auth.jwtSecret!, issuer: config.auth.issuer, audience: config.auth.audience }),
      })),
    );
  }

  // JSON lines for log shippers everywhere but a developer's terminal.
  const observability = await createObservability({ env, prettyLogs: config.devMode && process.stdout.isTTY === true });
  const upstream = loadUpstreamConfig(env);
  const shared = await createSharedState({ env, upstream, security: config.security, observability });
  const bank = createBankClient(upstream, {
    tokenStore: shared.tokenStore,
    onBreakerChange: (event) => observability.logger.warn({ breaker: event }, `upstream circuit breaker ${event.service}: ${event.from} -> ${event.to}`),
    ...observability.bankHooks,
  });
  // A token refused at start-up (e.g. a scope the client app lacks) would fail every operation: say why now.
  // Behind a shared (Redis) token store the fleet's first operation fetches the one token and /readyz reports.
  if (!shared.tokenStore) {
    bank.tokens.getToken().catch(async (error: unknown) => {
      observability.logger.error({ startup: 'bank-token' }, `start-up: bank token unavailable: ${await explainTokenFailure(error, bank.tokens)}`);
    });
  }
  const gateway = await createGateway({
    config,
    bank,
    observability,
    shared,
    verifyViewer: createViewerVerifier(config.auth),
    graphiql: config.devMode ? { token: demoTokens[0]?.token, query: EXAMPLE_QUERY } : {},
  });
  const shutdownTimeoutMs = loadShutdownTimeoutMs(env);
  const lifecycle = createGracefulShutdown({
    timeoutMs: shutdownTimeoutMs,
    readiness: gateway.readiness,
    cleanup: [() => gateway.stop(), () => bank.close(), () => shared.close(), () => closeSandbox()],
    log: (message, fields) => observability.logger.info(fields ?? {}, message),
  });
  const server = createHttpServer(config.http, lifecycle.wrap(servedBy(gateway.handle)));
  server.listen(config.port, config.host);
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  if (announces()) console.log(`GraphQL:       ${base}/graphql`);
  if (config.graphiql && announces()) console.log(`GraphiQL:      ${base}/graphiql`);
  if (demoTokens.length > 0 && announces()) {
    console.log('\nDemo viewer tokens (send as "Authorization: Bearer <token>"; GraphiQL is pre-filled with the first):');
    for (const { label, token } of demoTokens) console.log(`  ${label}\n    ${token}`);
  }

  exitOnSignals(() => lifecycle.shutdown(server), shutdownTimeoutMs, (message) => observability.logger.info(message));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
