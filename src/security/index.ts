import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { withSecurityCodes } from './errors.js';
import { createHttpGuard, type HttpGuard } from './http.js';
import { parseOptionsFor, queryLimitsPlugin } from './limits.js';
import { persistedQueryOptions } from './persisted.js';
import type { RateLimiter } from './rate-limit.js';
import type { ViewerVerifier } from '../auth/viewer.js';
import type { SecurityConfig } from './config.js';

export type { SecurityConfig } from './config.js';
export type { RateLimiter, RateDecision } from './rate-limit.js';

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
  verifyViewer: ViewerVerifier,
  options: { rateLimiter?: RateLimiter; apqStore?: KeyValueCache<string> } = {},
): Security<TContext> {
  return {
    apolloOptions: {
      allowBatchedHttpRequests: config.allowBatching,
      hideSchemaDetailsFromClientErrors: config.hideSchemaDetails,
      persistedQueries: persistedQueryOptions(config, options.apqStore),
      parseOptions: parseOptionsFor(config.limits),
      // Apollo's default, stated so that nobody turns it off by accident: a browser cannot send a GraphQL request
      // to another origin without a CORS preflight, which the allow-list then decides.
      csrfPrevention: true,
    },
    plugins: [queryLimitsPlugin<TContext>(config.limits)],
    formatError: withSecurityCodes,
    ...createHttpGuard(config, verifyViewer, options.rateLimiter),
  };
}
