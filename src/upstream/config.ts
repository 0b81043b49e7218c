import { checkEnum, checkRange, parseUrl, readEnum, readInt, readString, type Env } from '../env.js';
import { ConfigError } from './errors.js';
import type { ApiStyle } from './paths.js';
import { DEFAULT_BREAKER, DEFAULT_RETRY_BUDGET, loadResilienceConfig } from './resilience-config.js';
import type { BreakerConfig, RetryBudgetConfig } from './resilience-config.js';

const UPSTREAM_HTTPS = ['node-fetch', 'undici'] as const;
export type UpstreamHttp = (typeof UPSTREAM_HTTPS)[number];
const API_STYLES: readonly ApiStyle[] = ['db', 'v1'];
const ACCOUNT_UPDATES = ['off', 'patch'] as const;

export interface UpstreamConfig {
  /** Absolute http(s) URL without trailing slash: the part before `/db-accounts/…` or `/v1/…`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  institutionId: string;
  apiStyle: ApiStyle;
  scopes: string[];
  timeoutMs: number;
  deadlineMs: number;
  maxRetries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  tokenRefreshSkewSeconds: number;
  maxSockets: number;
  http: UpstreamHttp;
  /** Per-service circuit breakers (BREAKER_*, resilience-config.ts). */
  breaker: BreakerConfig;
  /** Process-wide cap on retries (RETRY_BUDGET_*, resilience-config.ts). */
  retryBudget: RetryBudgetConfig;
  /**
   * ACCOUNT_UPDATE: `off` (default) or `patch`, the assumed `PATCH {accounts}/{id}` that no Candescent source
   * defines (docs/bank-contract.md). `patch` also requests its scope, accounts:write.
   */
  accountUpdate: (typeof ACCOUNT_UPDATES)[number];
}

/**
 * What the gateway itself calls, documented scopes only: a bank refuses the whole token request for a scope not
 * configured on the client app (CMN_90012). Asking for less also keeps a leaked token less useful.
 */
export const DEFAULT_SCOPES: readonly string[] = [
  'accounts:read', 'transactions:read', 'recipients:read', 'recipients:write', 'recipients:delete', 'institution-users:read',
];

/** The assumed scope of the assumed account update (ACCOUNT_UPDATE=patch). */
export const ACCOUNT_UPDATE_SCOPE = 'accounts:write';

const DEFAULTS = {
  apiStyle: 'db',
  timeoutMs: 10_000,
  deadlineMs: 20_000,
  // Four attempts: with 20% of bank calls failing at random, 3 retries keep 99.5% of two-call operations whole;
  // the retry budget (resilience-config.ts) caps what retries can add to the bank's load.
  maxRetries: 3,
  retryBaseMs: 100,
  retryMaxMs: 2_000,
  tokenRefreshSkewSeconds: 60,
  // 32 concurrent operations fanning out to 8 bank calls each need 256; with 64 they queued for a socket and
  // doubled p50 at 25 ms bank latency (test/bench/RESULTS.md). Each operation's fan-out stays capped on its own.
  maxSockets: 256,
  // undici's request costs about a third less gateway CPU per bank call than node-fetch (test/bench/RESULTS.md).
  http: 'undici',
  breaker: DEFAULT_BREAKER,
  retryBudget: DEFAULT_RETRY_BUDGET,
  accountUpdate: 'off',
} as const satisfies Partial<UpstreamConfig>;

/**
 * Reads and validates the upstream settings once; a bad value throws ConfigError naming the variable.
 * Messages never repeat the value: a secret pasted into the wrong variable must not reach the log.
 */
export function loadUpstreamConfig(env: Env): UpstreamConfig {
  const scopes = readString(env, 'CANDESCENT_SCOPES');
  return upstreamConfigFrom({
    baseUrl: required(env, 'CANDESCENT_BASE_URL'),
    clientId: required(env, 'CANDESCENT_CLIENT_ID'),
    // Taken as given: blanks may be part of a secret.
    clientSecret: env.CANDESCENT_CLIENT_SECRET || required(env, 'CANDESCENT_CLIENT_SECRET'),
    institutionId: required(env, 'CANDESCENT_INSTITUTION_ID'),
    apiStyle: readEnum(env, 'CANDESCENT_API_STYLE', API_STYLES, DEFAULTS.apiStyle),
    scopes: scopes === undefined ? undefined : scopes.split(/[\s,]+/).filter(Boolean),
    timeoutMs: readInt(env, 'UPSTREAM_TIMEOUT_MS', DEFAULTS.timeoutMs, 1, 600_000),
    deadlineMs: readInt(env, 'UPSTREAM_DEADLINE_MS', DEFAULTS.deadlineMs, 1, 600_000),
    maxRetries: readInt(env, 'UPSTREAM_MAX_RETRIES', DEFAULTS.maxRetries, 0, 10),
    retryBaseMs: readInt(env, 'UPSTREAM_RETRY_BASE_MS', DEFAULTS.retryBaseMs, 1, 60_000),
    retryMaxMs: readInt(env, 'UPSTREAM_RETRY_MAX_MS', DEFAULTS.retryMaxMs, 1, 600_000),
    tokenRefreshSkewSeconds: readInt(env, 'TOKEN_REFRESH_SKEW_SECONDS', DEFAULTS.tokenRefreshSkewSeconds, 0, 86_400),
    maxSockets: readInt(env, 'UPSTREAM_MAX_SOCKETS', DEFAULTS.maxSockets, 1, 10_000),
    http: readEnum(env, 'UPSTREAM_HTTP', UPSTREAM_HTTPS, DEFAULTS.http),
    accountUpdate: readEnum(env, 'ACCOUNT_UPDATE', ACCOUNT_UPDATES, DEFAULTS.accountUpdate),
    ...loadResilienceConfig(env),
  });
}

type ConfigInput = Pick<UpstreamConfig, 'baseUrl' | 'clientId' | 'clientSecret' | 'institutionId'>
  & { [K in keyof UpstreamConfig]?: UpstreamConfig[K] | undefined };

/** The same validation for a config built in code (tests, dev mode with the in-process sandbox). */
export function upstreamConfigFrom(input: ConfigInput): UpstreamConfig {
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as ConfigInput;
  const config: UpstreamConfig = {
    ...DEFAULTS,
    ...given,
    baseUrl: normaliseBaseUrl(input.baseUrl),
    scopes: [...(given.scopes ?? DEFAULT_SCOPES)],
  };
  checkEnum('ACCOUNT_UPDATE', config.accountUpdate, ACCOUNT_UPDATES);
  if (config.accountUpdate === 'patch' && !config.scopes.includes(ACCOUNT_UPDATE_SCOPE)) config.scopes.push(ACCOUNT_UPDATE_SCOPE);
  // A colon would end the id early once joined into the Basic credentials ("id:secret").
  if (!config.clientId || config.clientId.includes(':')) {
    throw new ConfigError('CANDESCENT_CLIENT_ID', 'must be non-empty and contain no ":"');
  }
  if (!config.clientSecret) throw new ConfigError('CANDESCENT_CLIENT_SECRET', 'must be non-empty');
  if (!/^[A-Za-z0-9]{5}$/.test(config.institutionId)) {
    throw new ConfigError('CANDESCENT_INSTITUTION_ID', 'must be 5 letters or digits');
  }
  checkEnum('CANDESCENT_API_STYLE', config.apiStyle, API_STYLES);
  checkEnum('UPSTREAM_HTTP', config.http, UPSTREAM_HTTPS);
  if (config.scopes.length === 0 || config.scopes.some((s) => !/^[\w.:-]+$/.test(s))) {
    throw new ConfigError('CANDESCENT_SCOPES', 'must list scopes such as "accounts:read", space or comma separated');
  }
  checkRange('UPSTREAM_TIMEOUT_MS', config.timeoutMs, 1, 600_000);
  checkRange('UPSTREAM_DEADLINE_MS', config.deadlineMs, config.timeoutMs, 600_000);
  checkRange('UPSTREAM_MAX_RETRIES', config.maxRetries, 0, 10);
  checkRange('UPSTREAM_RETRY_BASE_MS', config.retryBaseMs, 1, 60_000);
  checkRange('UPSTREAM_RETRY_MAX_MS', config.retryMaxMs, config.retryBaseMs, 600_000);
  checkRange('TOKEN_REFRESH_SKEW_SECONDS', config.tokenRefreshSkewSeconds, 0, 86_400);
  checkRange('UPSTREAM_MAX_SOCKETS', config.maxSockets, 1, 10_000);
  return config;
}

function normaliseBaseUrl(value: string): string {
  const url = parseUrl('CANDESCENT_BASE_URL', value, 'must be an absolute http(s) URL');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('CANDESCENT_BASE_URL', 'must use http or https');
  }
  // Credentials in the URL would travel into every error message and log line that names it.
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError('CANDESCENT_BASE_URL', 'must not contain credentials, a query or a fragment');
  }
  return url.href.replace(/\/+$/, '');
}

function required(env: Env, name: string): string {
  const value = readString(env, name);
  if (value === undefined) throw new ConfigError(name, 'is required');
  return value;
}
