import { availableParallelism } from 'node:os';
import { ConfigError } from '../config-error.js';
import { readInt, readUrl, type Env } from '../env.js';

export interface ScaleConfig {
  /** Shared state for a fleet of instances; everything stays in each process's memory without it. */
  redisUrl?: string;
  /** Longest wait for any one Redis operation before the in-memory fallback answers instead. */
  redisTimeoutMs: number;
  /** How long start-up waits for the first Redis connection (then it starts on the fallbacks). */
  redisConnectTimeoutMs: number;
  /** Prefix of every key and channel, so several gateways (or environments) can share one Redis. */
  redisKeyPrefix: string;
  /** Per-viewer cache of account lists and locations; 0 (the default) turns it off. */
  responseCacheTtlSeconds: number;
  /** Viewers whose responses one process keeps in memory (without Redis). */
  responseCacheMaxViewers: number;
}

export function loadScaleConfig(env: Env): ScaleConfig {
  const redisUrl = readUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'must be a redis:// or rediss:// URL');
  const prefix = env.REDIS_KEY_PREFIX ?? 'cagw:';
  if (!/^[\w:.-]{0,64}$/.test(prefix)) throw new ConfigError('REDIS_KEY_PREFIX', 'must be up to 64 letters, digits, ":", ".", "_" or "-"');
  return {
    redisUrl,
    redisTimeoutMs: readInt(env, 'REDIS_TIMEOUT_MS', 100, 5, 10_000),
    redisConnectTimeoutMs: readInt(env, 'REDIS_CONNECT_TIMEOUT_MS', 2_000, 0, 60_000),
    redisKeyPrefix: prefix,
    responseCacheTtlSeconds: readInt(env, 'RESPONSE_CACHE_TTL_SECONDS', 0, 0, 3_600),
    responseCacheMaxViewers: readInt(env, 'RESPONSE_CACHE_MAX_VIEWERS', 10_000, 1, 10_000_000),
  };
}

/** Gateway processes on this machine: one per core in production, one elsewhere (a debugger wants one). */
export function loadWorkerCount(env: Env): number {
  return readInt(env, 'WORKERS', env.NODE_ENV === 'production' ? availableParallelism() : 1, 1, 1_024);
}
