import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Logger } from '../observability/logger.js';

/** What Redis is used for; each falls back to its in-memory counterpart on its own. */
export type SharedFeature = 'token' | 'apq' | 'rate-limit' | 'response-cache';

/** Redis did not answer in time, is disconnected, or was recently failing: use the in-memory fallback. */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

export interface SharedRedis {
  readonly prefix: string;
  /** Connected and answering. */
  readonly up: boolean;
  /**
   * One operation, bounded by REDIS_TIMEOUT_MS per command. Any failure, or Redis being known down, throws
   * RedisUnavailableError at once (counted as a fallback of `feature`): callers never wait on a dead Redis.
   */
  run<T>(feature: SharedFeature, op: (client: Redis) => Promise<T>): Promise<T>;
  /** Messages of `channel` from every instance (this one included); resubscribed after reconnects. */
  subscribe(channel: string, listener: (message: string) => void): void;
  /** Called each time Redis answers again after failing. */
  onRecovered(listener: () => void): void;
  close(): Promise<void>;
}

export interface RedisOptions {
  url: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  prefix: string;
  logger: Logger;
  registry?: Registry;
}

/** After a failure, Redis is left alone this long before one request tries it again (a slow Redis is not hammered). */
const RETRY_AFTER_FAILURE_MS = 1_000;

export type Script = (client: Redis, keys: string[], args: Array<string | number>) => Promise<unknown>;

/** A Lua script sent by its SHA (loaded on first use, and again after a Redis restart emptied the script cache). */
export function defineScript(source: string): Script {
  const sha = createHash('sha1').update(source).digest('hex');
  return async (client, keys, args) => {
    try {
      return await client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(source, keys.length, ...keys, ...args);
    }
  };
}

export async function connectRedis(options: RedisOptions): Promise<SharedRedis> {
  const { logger, registry } = options;
  const registers = registry ? [registry] : [];
  const upGauge = new Gauge({
    name: 'gateway_redis_up', help: 'Whether Redis (shared state of the fleet) answers: 1 yes, 0 no (in-memory fallbacks in use)',
    registers,
  });
  const fallbacks = new Counter({
    name: 'gateway_redis_fallbacks_total',
    help: 'Operations answered by the in-memory fallback because Redis failed, timed out or was down, by feature',
    labelNames: ['feature'], registers,
  });
  upGauge.set(0);

  // Imported only when REDIS_URL is set: ioredis costs ~40 ms of start-up and ~7 MB of heap (test/bench/RESULTS.md).
  const { Redis: RedisClient } = await import('ioredis');
  const client = new RedisClient(options.url, {
    commandTimeout: options.timeoutMs,
    connectTimeout: Math.max(options.timeoutMs, 1_000),
    // Fail at once while disconnected instead of queueing: the fallback answers, the request does not wait.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let subscriber: Redis | undefined;
  const channels = new Map<string, Array<(message: string) => void>>();
  const recovered: Array<() => void> = [];
  let state: 'starting' | 'up' | 'down' = 'starting';
  let retryAt = 0;
  let closing = false;

  const markUp = () => {
    if (state === 'up') return;
    const was = state;
    state = 'up';
    upGauge.set(1);
    logger.info(was === 'starting' ? 'Redis connected: state is shared with the fleet' : 'Redis answers again: shared state back in use');
    if (was === 'down') for (const listener of recovered) listener();
  };
  const markDown = (error: unknown) => {
    retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
    if (state === 'down' || closing) return;
    state = 'down';
    upGauge.set(0);
    logger.warn({ err: error instanceof Error ? error : new Error(String(error)) },
      'Redis unavailable: serving from in-memory fallbacks (per-instance token, rate limits and persisted queries; no response cache)');
  };
  client.on('ready', markUp);
  client.on('error', markDown);
  client.on('close', () => markDown(new Error('connection closed')));

  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      markDown(new Error(`no connection within ${options.connectTimeoutMs} ms`));
      resolve();
    }, options.connectTimeoutMs);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });

  return {
    prefix: options.prefix,
    get up() {
      return state === 'up';
    },
    async run(feature, op) {
      if (client.status !== 'ready' || (state === 'down' && Date.now() < retryAt)) {
        fallbacks.inc({ feature });
        throw new RedisUnavailableError('Redis unavailable');
      }
      try {
        const result = await op(client);
        // A reply that was on its way when the connection dropped proves nothing: only a live connection is "back".
        if (client.status === 'ready') markUp();
        return result;
      } catch (error) {
        markDown(error);
        fallbacks.inc({ feature });
        throw new RedisUnavailableError('Redis operation failed', { cause: error });
      }
    },
    subscribe(channel, listener) {
      if (!subscriber) {
        // Subscribing takes the connection over, so messages get one of their own; it may queue while reconnecting.
        subscriber = client.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, commandTimeout: undefined });
        subscriber.on('error', () => undefined);
        subscriber.on('message', (from: string, message: string) => {
          for (const handler of channels.get(from) ?? []) handler(message);
        });
      }
      const handlers = channels.get(channel);
      if (handlers) handlers.push(listener);
      else {
        channels.set(channel, [listener]);
        subscriber.subscribe(channel).catch(() => undefined);
      }
    },
    onRecovered(listener) {
      recovered.push(listener);
    },
    async close() {
      closing = true;
      await Promise.all([client, subscriber].map((connection) => connection?.quit().catch(() => connection.disconnect())));
    },
  };
}
