import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { withSecurityCodes } from './errors.js';
import { createHttpGuard, type HttpGuard } from './http.js';
import { parseOptionsFor, queryLimitsPlugin, type CostSubject } from './limits.js';
import type { CostModel } from './cost-model.js';
import { persistedQueryOptions } from './persisted.js';
import { createTokenBucketLimiter, type RateLimiter } from './rate-limit.js';
import type { SecurityConfig } from './config.js';

export type { SecurityConfig } from './config.js';
export type { RateLimiter, RateDecision } from './rate-limit.js';
export type { CostSubject } from './limits.js';

type SecurityApolloOptions = Pick<
  ApolloServerOptions<BaseContext>,
  'allowBatchedHttpRequests' | 'hideSchemaDetailsFromClientErrors' | 'persistedQueries' | 'csrfPrevention' | 'parseOptions'
>;

export interface Security<TContext extends BaseContext> extends HttpGuard {
  /** Spread into the ApolloServer options. */
  apolloOptions: SecurityApolloOptions;
  plugins: ApolloServerPlugin<TContext>[];
  /** Wraps the gateway's formatError so this module's error codes are not masked. */
  formatError: typeof withSecurityCodes;
}

/** Everything the gateway needs to refuse hostile or unwanted requests; see config.ts for the settings. */
export function createSecurity<TContext extends BaseContext>(
  config: SecurityConfig,
  /** Whom each operation is charged to: keyed by the verified viewer, never the IP (customers share NATs). */
  subject: CostSubject<TContext>,
  /** What each field costs (cost-model.ts `costModel`, read from the SDL at start-up). */
  costModel: CostModel,
  options: { rateLimiter?: RateLimiter; apqStore?: KeyValueCache<string> } = {},
): Security<TContext> {
  const { perMinute, burst, maxViewers } = config.rateLimit;
  const limiter = options.rateLimiter ?? (perMinute > 0 ? createTokenBucketLimiter({ perMinute, burst, maxKeys: maxViewers }) : undefined);
  return {
    apolloOptions: {
      allowBatchedHttpRequests: config.allowBatching,
      hideSchemaDetailsFromClientErrors: config.hideSchemaDetails,
      persistedQueries: persistedQueryOptions(config, options.apqStore),
      parseOptions: parseOptionsFor(config.limits),
      // A browser cannot send a GraphQL request to another origin without a CORS preflight (which the allow-list
      // then decides) unless it is a "simple" request. Every request here carries the viewer's token in
      // Authorization, which no simple request can: that header alone proves a preflight, as Apollo's own headers
      // do. Without one a request is refused (and it has no token anyway; the gateway reads no cookies).
      csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
    },
    plugins: [queryLimitsPlugin<TContext>(config.limits, { subject, model: costModel, rateLimit: config.rateLimit, limiter })],
    formatError: withSecurityCodes,
    ...createHttpGuard(config),
  };
}
