import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Counter } from 'prom-client';
import type { Observability } from '../observability/index.js';
import type { RateLimiter } from '../security/rate-limit.js';
import type { SecurityConfig } from '../security/config.js';
import type { UpstreamConfig } from '../upstream/config.js';
import type { ResponseCache } from '../upstream/response-cache.js';
import type { BankTokenStore } from '../upstream/bank-token-store.js';
import { createRedisApqStore } from './apq-store.js';
import type { ScaleConfig } from './config.js';
import { bankNamespace } from './namespace.js';
import { createRedisRateLimiter } from './rate-limiter.js';
import { connectRedis } from './redis.js';
import { createResponseCache, sealedBackend, type ResponseCacheBackend } from './response-cache.js';
import { createSealer } from './seal.js';
import { createMemoryBackend } from './response-cache-memory.js';
import { createRedisBackend } from './response-cache-redis.js';
import { createRedisBankTokenStore } from './bank-token-store.js';

export { loadScaleConfig, loadWorkerCount, type ScaleConfig } from './config.js';

/**
 * State an instance shares with the rest of the fleet. Each part is absent when the in-process default applies
 * (no REDIS_URL, or the feature is off); see docs/deployment.md.
 */
export interface SharedState {
  /** For createBankClient: one bank token for the fleet. */
  tokenStore?: BankTokenStore;
  /** For the security module: per-viewer limits over the fleet. */
  rateLimiter?: RateLimiter;
  /** For the security module: documents registered through automatic persisted queries. */
  apqStore?: KeyValueCache<string>;
  /** For the loaders: per-viewer cache of account lists and locations (RESPONSE_CACHE_TTL_SECONDS). */
  responseCache?: ResponseCache;
  close(): Promise<void>;
}

export interface SharedStateOptions {
  config: ScaleConfig;
  upstream: UpstreamConfig;
  security: SecurityConfig;
  observability: Pick<Observability, 'logger' | 'metrics'>;
}

export async function createSharedState({ config, upstream, security, observability }: SharedStateOptions): Promise<SharedState> {
  const registry = observability.metrics.registry;
  const cacheRequests = config.responseCacheTtlSeconds > 0
    ? new Counter({
      name: 'gateway_response_cache_total', help: 'Cacheable bank reads by outcome: hit, miss, bypass (shared store unavailable)',
      labelNames: ['outcome'], registers: registry ? [registry] : [],
    })
    : undefined;
  const responseCache = (backend: ResponseCacheBackend) => cacheRequests && createResponseCache({
    backend, ttlSeconds: config.responseCacheTtlSeconds, namespace: bankNamespace(upstream),
    onOutcome: (outcome) => cacheRequests.inc({ outcome }),
  });

  if (!config.redisUrl) {
    return { responseCache: responseCache(createMemoryBackend(config.responseCacheMaxViewers)), close: async () => undefined };
  }
  const redis = await connectRedis({
    url: config.redisUrl, timeoutMs: config.redisTimeoutMs, connectTimeoutMs: config.redisConnectTimeoutMs,
    prefix: config.redisKeyPrefix, logger: observability.logger.child({ component: 'redis' }), registry,
  });
  return {
    tokenStore: createRedisBankTokenStore({ redis, config: upstream }),
    rateLimiter: security.rateLimit.perMinute > 0 ? createRedisRateLimiter(redis, security.rateLimit) : undefined,
    // Enforcing a safelist, nothing is registered (see security/persisted.ts).
    apqStore: security.apq && security.safelistMode !== 'enforce' ? createRedisApqStore(redis, security.apqCacheBytes) : undefined,
    // The key is derived from the bank client secret: one per deployment, nothing more to configure or leak.
    responseCache: responseCache(sealedBackend(createRedisBackend(redis), createSealer(upstream.clientSecret, 'response-cache'))),
    close: () => redis.close(),
  };
}
