// Public surface of the sandbox (fixed cross-team interface, see the team brief).

export type RouteName = 'token' | 'revoke' | 'accounts' | 'account' | 'account-update' | 'institution-users'
  | 'customers' | 'recipients' | 'recipient' | 'recipient-create' | 'recipient-update' | 'recipient-delete'
  | 'transactions' | 'admin' | 'unknown';

export interface SandboxClient {
  clientId: string;
  clientSecret: string;
  institutionId: string;
  scopes: string[];
}

/** Per-institution switches for the (assumed) nickname/visibility update; both default to on. */
export interface InstitutionFeatures {
  nicknameUpdate?: boolean;
  visibilityUpdate?: boolean;
}

/**
 * Which reading of the contract's open points the sandbox takes (docs/bank-contract.md): `lenient` (default) as
 * ruled so far, `strict` the stricter reading that is equally consistent with Candescent's sources.
 */
export type SandboxProfile = 'lenient' | 'strict';

export interface SandboxOptions {
  port?: number;
  profile?: SandboxProfile;
  host?: string;
  admin?: boolean;
  tokenLifetimeSeconds?: number;
  /** Lifetime of password-grant refresh tokens (default 15552000 s ≈ 180 days, as Candescent's example). */
  refreshTokenLifetimeSeconds?: number;
  clients?: SandboxClient[];
  faults?: FaultRule[];
  latencyMs?: number;
  institutions?: Record<string, InstitutionFeatures>;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  route: RouteName;
  startedAt: number;
  finishedAt: number;
  durationMs: number;
  transactionId?: string;
  userId?: string;
  /** Response body bytes written (0 for none, e.g. a dropped or hung call): the benchmark's bytes per operation. */
  bytes?: number;
}

export type FaultKind = 'status' | 'rate-limit' | 'hang' | 'drop' | 'non-json' | 'latency';

export interface FaultRule {
  route?: RouteName | '*';
  kind: FaultKind;
  status?: number;
  code?: string;
  message?: string;
  retryAfterSeconds?: number;
  latencyMs?: number;
  jitterMs?: number;
  times?: number;
  probability?: number;
}

export interface Sandbox {
  url: string;
  port: number;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  setFaults(rules: FaultRule[]): void;
  clearFaults(): void;
  setLatency(ms: number, jitterMs?: number): void;
  close(): Promise<void>;
}
