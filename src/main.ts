// Entry point: configuration, the embedded sandbox bank in dev mode, and the HTTP listener.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { devJwtSecret } from './auth/dev-secret.js';
import { mintViewerToken } from './auth/mint-token.js';
import { createViewerVerifier } from './auth/viewer.js';
import { ConfigError, loadGatewayConfig, readInt } from './config.js';
import { createObservability } from './observability/index.js';
import { createGateway } from './server.js';
import { createBankClient } from './upstream/client.js';
import { loadUpstreamConfig } from './upstream/config.js';

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
  let env: Record<string, string | undefined> = process.env;
  let closeSandbox = async () => {};
  let demoTokens: Array<{ label: string; token: string }> = [];

  if (config.devMode) {
    // Loaded only in dev mode: a real deployment never carries the fake bank in memory.
    const { startSandbox } = await import('./sandbox/index.js');
    const { SEED_USERS } = await import('./sandbox/seed.js');
    const sandbox = await startSandbox({ port: readInt(env, 'SANDBOX_PORT', 4010, 0, 65535), admin: true });
    closeSandbox = () => sandbox.close();
    env = {
      ...env,
      CANDESCENT_BASE_URL: sandbox.url,
      CANDESCENT_CLIENT_ID: 'sandbox-client',
      CANDESCENT_CLIENT_SECRET: 'sandbox-secret',
      CANDESCENT_INSTITUTION_ID: '00016',
    };
    config.auth.jwtSecret = devJwtSecret(env);
    console.log(`Sandbox bank:  ${sandbox.url}  (admin API at ${sandbox.url}/__sandbox/users)`);
    demoTokens = await Promise.all(
      Object.entries(SEED_USERS).map(async ([label, user]) => ({
        label: `${label} (${user.idType}=${user.userId})`,
        token: await mintViewerToken(user, { secret: config.auth.jwtSecret!, issuer: config.auth.issuer, audience: config.auth.audience }),
      })),
    );
  }

  const observability = await createObservability({ env });
  const bank = createBankClient(loadUpstreamConfig(env), observability.bankHooks);
  const gateway = await createGateway({
    config,
    bank,
    observability,
    verifyViewer: createViewerVerifier(config.auth),
    graphiql: config.devMode ? { token: demoTokens[0]?.token, query: EXAMPLE_QUERY } : {},
  });
  const server = createServer({ keepAliveTimeout: 65_000 }, gateway.handle);
  server.listen(config.port, config.host);
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  console.log(`GraphQL:       ${base}/graphql`);
  if (config.graphiql) console.log(`GraphiQL:      ${base}/graphiql`);
  if (demoTokens.length > 0) {
    console.log('\nDemo viewer tokens (send as "Authorization: Bearer <token>"; GraphiQL is pre-filled with the first):');
    for (const { label, token } of demoTokens) console.log(`  ${label}\n    ${token}`);
  }

  const shutdown = async () => {
    server.close();
    server.closeIdleConnections();
    await gateway.stop();
    await bank.close();
    await closeSandbox();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
