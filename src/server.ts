import { ApolloServer, HeaderMap } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { setMaxListeners } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContextFactory, type Context } from './context.js';
import { ErrorCode, formatError } from './errors.js';
import { accountViewPlugin, bankFieldRegistry } from './graphql/account-field-sets.js';
import { compiledExecution } from './graphql/executor.js';
import { resolvers } from './graphql/resolvers.generated.js';
import { withoutInternalDirectives } from './graphql/schema-directives.js';
import { typeDefs } from './graphql/typeDefs.generated.js';
import { graphiqlPage, serveGraphiqlAsset, type GraphiqlDefaults } from './http/graphiql.js';
import { readBody, BodyTooLargeError } from './http/body.js';
import { failInternally, SECURITY_HEADERS, sendError, sendJson } from './http/respond.js';
import { createSecurity, type CostSubject } from './security/index.js';
import { costModel } from './security/cost-model.js';
import type { ViewerVerifier } from './auth/viewer.js';
import type { GatewayConfig } from './config.js';
import type { BankClient } from './upstream/client.js';
import { createBulkheads } from './upstream/bulkhead.js';
import type { SharedState } from './scale/index.js';
import type { Observability, OperationObserver, Readiness } from './observability/index.js';

export interface GatewayOptions {
  config: GatewayConfig;
  bank: BankClient;
  verifyViewer: ViewerVerifier;
  graphiql?: GraphiqlDefaults;
  /** Logs, metrics, traces and probes (its bankHooks should feed `bank`). */
  observability: Observability;
  /** State shared with the other instances (src/scale): token, rate limits, persisted queries, response cache. */
  shared?: SharedState;
}

export interface Gateway {
  /** The node:http request listener; the caller owns the server and its port. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** What GET /readyz answers; setDraining() makes it report not-ready (graceful shutdown). */
  readiness: Readiness;
  stop(): Promise<void>;
}

/** Apollo's code for a request it cannot read as GraphQL; the gateway's own refusals of the HTTP request use it too. */
const BAD_REQUEST = 'BAD_REQUEST';
const GRAPHIQL_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:";

/** Operations are charged to the verified viewer; a business user's lookups by id are one bank call each. */
function costSubject(config: GatewayConfig): CostSubject<Context> {
  return (context) => {
    const viewer = context.viewer as Context['viewer'] | undefined;
    if (!viewer) return undefined;
    return {
      key: `${viewer.idType}:${viewer.userId}`,
      profile: { business: viewer.idType === 'loginId', accountIdBatchMax: config.accountIdBatchMax },
    };
  };
}

/**
 * Apollo Server on bare node:http: no framework layer between the socket and Apollo, because per-request overhead
 * is what separates a GraphQL layer from raw REST throughput (see test/bench/RESULTS.md).
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, observability } = options;
  observability.watchBreakers(() => options.bank.breakerStates());
  const security = createSecurity<Context>(config.security, costSubject(config), costModel(typeDefs), options.shared);
  const apollo = new ApolloServer<Context>({
    logger: observability.apolloLogger,
    gateway: compiledExecution(makeExecutableSchema({ typeDefs: withoutInternalDirectives(typeDefs), resolvers })),
    formatError: security.formatError(formatError),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (src/lifecycle/shutdown.ts): Apollo's own SIGTERM handler would stop it mid-drain.
    stopOnTerminationSignals: false,
    introspection: config.introspection,
    // Cache control is on by default and wraps every field resolver; nothing here is cacheable (no-store, see
    // security/http.ts), so it would only cost time per field (test/bench/RESULTS.md).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), accountViewPlugin(bankFieldRegistry(typeDefs)), observability.operations.plugin(), ...security.plugins],
    ...security.apolloOptions,
  });
  await apollo.start();
  const createContext = createContextFactory({
    bank: options.bank,
    verifyViewer: options.verifyViewer,
    bulkheads: createBulkheads(config.bulkhead),
    loaderOptions: {
      accountIdBatchMax: config.accountIdBatchMax,
      transactionsConcurrency: config.transactionsConcurrency,
      observeBatch: observability.observeBatch,
      responseCache: options.shared?.responseCache,
    },
  });
  const probes = observability.endpoints(options.bank);

  async function executeGraphQL(req: IncomingMessage, res: ServerResponse, search: string, op: OperationObserver): Promise<void> {
    // A client that hangs up should not keep the bank busy on its behalf.
    const abort = new AbortController();
    // Every bank call in flight listens on it: a wide fan-out is normal here, not a listener leak.
    setMaxListeners(0, abort.signal);
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    // Every operation needs a viewer: the context (and so the token) comes from the headers before any body is read
    // or buffered, and an anonymous client's connection is closed rather than drained.
    let context: Context;
    try {
      context = await op.context(createContext(req, abort.signal, op.requestId));
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'UNAUTHENTICATED') throw error;
      return sendError(res, 401, ErrorCode.UNAUTHENTICATED, error.message, { headers: { connection: 'close', 'www-authenticate': 'Bearer' } });
    }
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readBody(req, config.maxBodyBytes) : undefined;
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendError(res, 413, BAD_REQUEST, 'Request body too large');
      }
      return sendError(res, 400, BAD_REQUEST, 'Request body is not valid JSON');
    }
    const admitted = await security.admit(req, res, body, search);
    if (!admitted) return;
    ({ body, search } = admitted);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: async () => context,
    });
    res.statusCode = result.status ?? 200;
    for (const [name, value] of result.headers) res.setHeader(name, value);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    try {
      route(req, res);
    } catch {
      failInternally(res);
    }
  }

  function route(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart < 0 ? url : url.slice(0, queryStart);
    const search = queryStart < 0 ? '' : url.slice(queryStart);
    const method = req.method ?? 'GET';
    if (security.screen(req, res, path, method)) return;

    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (method === 'GET' && probes.handle(path, res)) return;
    const wantsPage =
      method === 'GET' &&
      (path === '/graphiql' || (path === '/graphql' && !search && (req.headers.accept ?? '').includes('text/html')));
    if (wantsPage && config.graphiql) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': GRAPHIQL_CSP, ...SECURITY_HEADERS });
      res.end(graphiqlPage('/graphql', options.graphiql ?? {}));
      return;
    }
    if (config.graphiql && method === 'GET' && path.startsWith('/graphiql/assets/')) {
      if (serveGraphiqlAsset(path.slice('/graphiql/assets/'.length), res)) return;
    }
    if (path === '/graphql' && (method === 'GET' || method === 'POST')) {
      const op = observability.operations.start(req, res);
      op.run(() => executeGraphQL(req, res, search, op)).catch(() => failInternally(res));
      return;
    }
    if (path === '/graphql') {
      return sendError(res, 405, BAD_REQUEST, 'Use GET or POST', { headers: { allow: 'GET, POST' } });
    }
    sendError(res, 404, ErrorCode.NOT_FOUND, 'Not found');
  }

  return {
    handle,
    readiness: probes.readiness,
    async stop() {
      await apollo.stop();
      await observability.shutdown();
    },
  };
}
