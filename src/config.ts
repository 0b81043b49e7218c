// The configuration tree (docs/configuration.md): every variable is read here, once, by the loader of the module
// that uses it, over the parsers of src/env.ts. Nothing changes it afterwards.
import { ConfigError } from './config-error.js';
import { devModeEnv, type DevBank } from './dev-bank.js';
import { readBool, readInt, readString, readUrl, type Env } from './env.js';
import { loadShutdownTimeoutMs } from './lifecycle/shutdown.js';
import { loadObservabilityConfig, type ObservabilityConfig } from './observability/config.js';
import { loadScaleConfig, loadWorkerCount, type ScaleConfig } from './scale/config.js';
import { loadSecurityConfig, type SecurityConfig } from './security/config.js';
import { loadHttpEdgeConfig, type HttpEdgeConfig } from './http/server.js';
import type { BulkheadConfig } from './upstream/bulkhead.js';
import { loadUpstreamConfig, type UpstreamConfig } from './upstream/config.js';

export { ConfigError };

export interface AuthConfig {
  /** HS256 shared secret of the bank's identity provider (or the dev-mode secret). */
  jwtSecret?: string;
  /** JWKS endpoint for asymmetric keys; used instead of the secret when set. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** No CANDESCENT_BASE_URL: `npm start` runs the embedded sandbox bank and mints demo tokens. */
  devMode: boolean;
  auth: AuthConfig;
  graphiql: boolean;
  introspection: boolean;
  /** Ids per `$filter=id eq … or …` call; the bank's URL length is the practical limit. */
  accountIdBatchMax: number;
  /** Transaction lists fetched at once for one operation (protects the bank from fan-out). */
  transactionsConcurrency: number;
  /** Bank calls in flight per operation and per viewer (src/upstream/bulkhead.ts). */
  bulkhead: BulkheadConfig;
  /** Largest body accepted on POST /graphql. */
  maxBodyBytes: number;
  /** Timeouts and the connection cap of the listener (src/http/server.ts). */
  http: HttpEdgeConfig;
  /** Query limits, CORS, persisted operations, rate limits (src/security/config.ts). */
  security: SecurityConfig;
}

/** Everything one gateway process is configured with. */
export interface Config {
  gateway: GatewayConfig;
  upstream: UpstreamConfig;
  observability: ObservabilityConfig;
  scale: ScaleConfig;
  /** Gateway processes on this machine (WORKERS; src/lifecycle/cluster.ts). */
  workers: number;
  /** SHUTDOWN_TIMEOUT_MS (src/lifecycle/shutdown.ts). */
  shutdownTimeoutMs: number;
  /** Values the logs must never show (src/observability/redact.ts). */
  secrets: readonly string[];
}

const MIN_DISTINCT_SECRET_BYTES = 16;

/** No CANDESCENT_BASE_URL: the embedded sandbox bank stands in (src/dev-bank.ts). Never in production. */
export function isDevMode(env: Env): boolean {
  const production = env.NODE_ENV === 'production';
  // The sandbox (with its admin API and demo tokens) is a development tool: production never falls back to it.
  if (production && !readString(env, 'CANDESCENT_BASE_URL')) {
    throw new ConfigError('CANDESCENT_BASE_URL', 'is required when NODE_ENV=production (the embedded sandbox runs only in development)');
  }
  return !readString(env, 'CANDESCENT_BASE_URL');
}

/**
 * The whole tree from the environment. In dev mode (see isDevMode) `devBank` is the sandbox started for it
 * (startDevBank): its client and the dev signing secret are added to the variables before anything is read.
 */
export function loadConfig(env: Env, devBank?: Pick<DevBank, 'url'>): Config {
  const devMode = isDevMode(env);
  if (devMode && !devBank) throw new Error('dev mode: start the sandbox (startDevBank) before loading the configuration');
  const effective = devMode && devBank ? devModeEnv(env, devBank) : env;
  const gateway = loadGatewayConfig(effective, devMode);
  const upstream = loadUpstreamConfig(effective);
  return {
    gateway,
    upstream,
    observability: loadObservabilityConfig(effective),
    scale: loadScaleConfig(effective),
    workers: loadWorkerCount(effective),
    shutdownTimeoutMs: loadShutdownTimeoutMs(effective),
    secrets: [upstream.clientSecret, gateway.auth.jwtSecret].filter((secret) => secret !== undefined),
  };
}

/** The gateway's own settings; `devMode` is decided on the operator's variables, before dev mode adds the bank's. */
export function loadGatewayConfig(env: Env, devMode = isDevMode(env)): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.AUTH_JWT_SECRET || undefined;
  // HS256 keys shorter than the hash output are brute-forceable (RFC 7518 §3.2).
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret) < 32) {
    throw new ConfigError('AUTH_JWT_SECRET', 'must be at least 32 bytes long');
  }
  // Length is not strength: 32 × "a" passes the check above. A random secret of 32 bytes has ~26 distinct ones.
  if (production && jwtSecret !== undefined && new Set(Buffer.from(jwtSecret)).size < MIN_DISTINCT_SECRET_BYTES) {
    throw new ConfigError('AUTH_JWT_SECRET', `looks guessable: use a random value with at least ${MIN_DISTINCT_SECRET_BYTES} distinct bytes (e.g. openssl rand -base64 48)`);
  }
  const jwksUrl = readUrl(env, 'AUTH_JWKS_URL');
  if (!devMode && !jwtSecret && !jwksUrl) {
    throw new ConfigError('AUTH_JWT_SECRET', 'set it or AUTH_JWKS_URL: viewer tokens cannot be verified otherwise');
  }
  return {
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: readString(env, 'HOST') ?? (production ? '0.0.0.0' : '127.0.0.1'),
    production,
    devMode,
    auth: { jwtSecret, jwksUrl, issuer: readString(env, 'AUTH_ISSUER'), audience: readString(env, 'AUTH_AUDIENCE') },
    graphiql: readBool(env, 'GRAPHIQL', !production),
    introspection: readBool(env, 'INTROSPECTION', !production),
    accountIdBatchMax: readInt(env, 'ACCOUNT_ID_BATCH_MAX', 50, 1, 500),
    transactionsConcurrency: readInt(env, 'TRANSACTIONS_CONCURRENCY', 8, 1, 64),
    // 16 of the bank client's 256 sockets (UPSTREAM_MAX_SOCKETS): a viewer's burst queues behind its own share.
    bulkhead: {
      perOperation: readInt(env, 'BANK_CALLS_PER_OPERATION', 8, 1, 1_000),
      perViewer: readInt(env, 'BANK_CALLS_PER_VIEWER', 16, 1, 10_000),
    },
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
    http: loadHttpEdgeConfig(env),
    security: loadSecurityConfig(env, production),
  };
}
