import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { ErrorCode } from '../errors.js';
import type { RateLimitConfig } from './config.js';
import type { RateDecision } from './rate-limit.js';

/** What `extensions.cost` reports on every answer, so clients can pace themselves (as GitHub's `rateLimit` does). */
export interface CostReport {
  /** Estimated cost of this operation; absent when the document never got that far (a syntax error). */
  requested?: number;
  /** MAX_QUERY_COST: the most one operation may cost. */
  limit: number;
  /** Points left in the viewer's bucket; null when rate limiting is off. */
  remaining: number | null;
}

/**
 * The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers): the bucket's size, what is left, and the
 * seconds until it is full again. A token bucket refills continuously, so "reset" is when it is whole again.
 */
export function rateLimitHeaders(config: RateLimitConfig, decision: RateDecision): Array<[string, string]> {
  const windowSeconds = Math.ceil((config.burst / config.perMinute) * 60);
  return [
    ['ratelimit-limit', String(config.burst)],
    ['ratelimit-remaining', String(decision.remaining)],
    ['ratelimit-reset', String(decision.resetSeconds)],
    ['ratelimit-policy', `${config.burst};w=${windowSeconds}`],
  ];
}

/** 429 with Retry-After, before any resolver runs: the viewer's bucket cannot pay for this operation yet. */
export function rateLimited(cost: number, config: RateLimitConfig, decision: RateDecision): GraphQLError {
  const headers = new HeaderMap([...rateLimitHeaders(config, decision), ['retry-after', String(decision.retryAfterSeconds)]]);
  return new GraphQLError(`This operation costs ${cost} points and ${decision.remaining} are left; retry in ${decision.retryAfterSeconds} s`, {
    extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: decision.retryAfterSeconds, http: { status: 429, headers } },
  });
}
