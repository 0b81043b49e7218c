import { ConfigError } from '../config-error.js';
import { readBool, readEnum, readInt, readString, type Env } from '../env.js';
import { loadManifest, type Manifest } from './manifest.js';

/** Per-operation limits, checked before execution (see limits.ts). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Estimated cost (cost.ts) one operation may have; also the least a viewer's bucket must hold. */
  maxCost: number;
  /** Mutation fields one operation may run: each is a bank write that is never retried or batched. */
  maxMutationFields: number;
}

/** A per-viewer token bucket of cost points: each operation spends its estimated cost (like GitHub's points). */
export interface RateLimitConfig {
  /** Sustained cost points per viewer per minute (the bucket's refill rate); 0 turns rate limiting off. */
  perMinute: number;
  /** Bucket capacity in points: what a viewer may spend at once after being idle; at least MAX_QUERY_COST. */
  burst: number;
  /** Viewers tracked at once; the least recently seen bucket goes first beyond this. */
  maxViewers: number;
}

export interface SecurityConfig {
  limits: QueryLimits;
  /** Origins allowed to call /graphql from a browser (exact `scheme://host[:port]`), or `*` (not in production). */
  corsOrigins: readonly string[] | '*';
  /** Outside production, browser origins on this machine (http://localhost, 127.0.0.1 or [::1], any port) are allowed too. */
  allowLoopbackOrigins: boolean;
  allowBatching: boolean;
  /** Removes "Did you mean …" from validation errors, so clients cannot map a schema with introspection off. */
  hideSchemaDetails: boolean;
  /** Strict-Transport-Security on every response: production runs behind HTTPS only. */
  hsts: boolean;
  /** Automatic persisted queries (Apollo's hash-then-query handshake). */
  apq: boolean;
  apqCacheBytes: number;
  safelist?: Manifest;
  /** `enforce`: only documents of the safelist manifest execute. */
  safelistMode: 'off' | 'enforce';
  rateLimit: RateLimitConfig;
}

function readOrigins(env: Env, production: boolean): readonly string[] | '*' {
  const raw = readString(env, 'CORS_ORIGINS');
  if (!raw) return [];
  if (raw === '*') {
    // Bearer tokens are not ambient credentials, so `*` is safe from CSRF; it still defeats an allow-list.
    if (production) throw new ConfigError('CORS_ORIGINS', 'list the front-end origins; * is not allowed in production');
    return '*';
  }
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    let origin: string;
    try {
      origin = new URL(value).origin;
    } catch {
      throw new ConfigError('CORS_ORIGINS', 'must be a comma-separated list of origins such as https://app.example.com');
    }
    if (origin === 'null' || origin !== value.replace(/\/$/, '').toLowerCase()) {
      throw new ConfigError('CORS_ORIGINS', 'entries must be bare origins (scheme://host[:port]) without a path');
    }
    return origin;
  });
}

export function loadSecurityConfig(env: Env, production: boolean): SecurityConfig {
  const safelistMode = readEnum(env, 'SAFELIST_MODE', ['off', 'enforce'], 'off');
  const manifestPath = readString(env, 'SAFELIST_MANIFEST');
  if (safelistMode === 'enforce' && !manifestPath) {
    throw new ConfigError('SAFELIST_MANIFEST', 'is required when SAFELIST_MODE=enforce');
  }
  // 2,000 points: at most ~180 bank calls for the costliest admitted operation, while the dashboard with three
  // transactions per account (~1,250, src/main.ts) and every front-end operation pass (test/security/cost.unit.test.ts).
  const maxCost = readInt(env, 'MAX_QUERY_COST', 2_000, 1, 1_000_000_000);
  // 20,000 points a minute: ~50 retail dashboards, or 10 of the costliest operations; the burst holds two of them.
  const perMinute = readInt(env, 'RATE_LIMIT_PER_MINUTE', production ? 10 * maxCost : 0, 0, 1_000_000_000);
  const burst = readInt(env, 'RATE_LIMIT_BURST', Math.max(maxCost, Math.ceil(perMinute / 5)), 1, 1_000_000_000);
  // A bucket smaller than one admitted operation would refuse that operation forever.
  if (perMinute > 0 && burst < maxCost) throw new ConfigError('RATE_LIMIT_BURST', 'must be at least MAX_QUERY_COST');
  return {
    limits: {
      maxDepth: readInt(env, 'MAX_QUERY_DEPTH', 12, 1, 1_000),
      maxAliases: readInt(env, 'MAX_ALIASES', 100, 0, 100_000),
      maxDirectives: readInt(env, 'MAX_DIRECTIVES', 50, 0, 100_000),
      maxTokens: readInt(env, 'MAX_QUERY_TOKENS', 2_000, 50, 10_000_000),
      maxCost,
      maxMutationFields: readInt(env, 'MAX_MUTATION_FIELDS', 5, 1, 1_000),
    },
    corsOrigins: readOrigins(env, production),
    allowLoopbackOrigins: !production,
    allowBatching: readBool(env, 'ALLOW_BATCHING', false),
    hideSchemaDetails: readBool(env, 'HIDE_SCHEMA_DETAILS', production),
    hsts: production,
    apq: readBool(env, 'PERSISTED_QUERIES', true),
    apqCacheBytes: readInt(env, 'APQ_CACHE_BYTES', 8_000_000, 10_000, 1_000_000_000),
    safelist: manifestPath ? loadManifest(manifestPath) : undefined,
    safelistMode,
    rateLimit: {
      perMinute,
      burst,
      maxViewers: readInt(env, 'RATE_LIMIT_MAX_VIEWERS', 100_000, 100, 10_000_000),
    },
  };
}
