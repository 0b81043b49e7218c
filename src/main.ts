// Entry point: configuration, the embedded sandbox bank in dev mode, and the HTTP listener.
import { once } from 'node:events';
import { mintViewerToken } from './auth/mint-token.js';
import { createViewerVerifier } from './auth/viewer.js';
import { ConfigError, isDevMode, loadConfig } from './config.js';
import { startDevBank } from './dev-bank.js';
import { createObservability } from './observability/index.js';
import { createGateway } from './server.js';
import { createHttpServer } from './http/server.js';
import { createGracefulShutdown, exitOnSignals } from './lifecycle/shutdown.js';
import { superviseWorkers } from './lifecycle/cluster.js';
import { announces, servedBy } from './lifecycle/worker.js';
import { createSharedState } from './scale/index.js';
import { createBankClient } from './upstream/client.js';
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
  const devBank = isDevMode(process.env) ? await startDevBank(process.env) : undefined;
  const config = loadConfig(process.env, devBank);
  // WORKERS > 1: this process only forks and supervises the gateway processes (each runs the rest of main).
  if (superviseWorkers(config, devBank)) return;
  const announcing = announces(process.env);
  const { auth } = config.gateway;
  let demoTokens: Array<{ label: string; token: string }> = [];
  if (devBank) {
    const { SEED_USERS } = await import('./sandbox/seed.js');
    if (announcing) console.log(`Sandbox bank:  ${devBank.url}  (${devBank.profile} profile; admin API at ${devBank.url}/__sandbox/users)`);
    demoTokens = await Promise.all(
      Object.entries(SEED_USERS).map(async ([label, user]) => ({
        label: `${label} (${user.idType}=${user.userId})`,
        token: await mintViewerToken(user, { secret: auth.jwtSecret!, issuer: auth.issuer, audience: auth.audience }),
      })),
    );
  }

  const observability = await createObservability(config.observability, {
    secrets: config.secrets,
    // JSON lines for log shippers everywhere but a developer's terminal.
    prettyLogs: config.gateway.devMode && process.stdout.isTTY === true,
  });
  const shared = await createSharedState({ config: config.scale, upstream: config.upstream, security: config.gateway.security, observability });
  const bank = createBankClient(config.upstream, {
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
    config: config.gateway,
    bank,
    observability,
    shared,
    verifyViewer: createViewerVerifier(auth),
    graphiql: devBank ? { token: demoTokens[0]?.token, query: EXAMPLE_QUERY } : {},
  });
  const { http, port: configuredPort, host, graphiql } = config.gateway;
  const lifecycle = createGracefulShutdown({
    timeoutMs: config.shutdownTimeoutMs,
    readiness: gateway.readiness,
    cleanup: [() => gateway.stop(), () => bank.close(), () => shared.close(), async () => devBank?.close()],
    log: (message, fields) => observability.logger.info(fields ?? {}, message),
  });
  const server = createHttpServer(http, lifecycle.wrap(servedBy(gateway.handle)));
  server.listen(configuredPort, host);
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : configuredPort;
  const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  if (announcing) console.log(`GraphQL:       ${base}/graphql`);
  if (graphiql && announcing) console.log(`GraphiQL:      ${base}/graphiql`);
  if (demoTokens.length > 0 && announcing) {
    console.log('\nDemo viewer tokens (send as "Authorization: Bearer <token>"; GraphiQL is pre-filled with the first):');
    for (const { label, token } of demoTokens) console.log(`  ${label}\n    ${token}`);
  }

  exitOnSignals(() => lifecycle.shutdown(server), config.shutdownTimeoutMs, (message) => observability.logger.info(message));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
