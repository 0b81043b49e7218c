// Fault injection and latency (sandbox only). Latency rules add up; the first matching rule of any
// other kind decides how the call fails. `times` and `probability` draws are deterministic.
import { seededRandom, type Random } from '../seed/seed-ids.js';
import type { FaultKind, FaultRule, RouteName } from '../types.js';

const KINDS: ReadonlySet<FaultKind> = new Set(['status', 'rate-limit', 'hang', 'drop', 'non-json', 'latency']);
const ROUTES: ReadonlySet<string> = new Set(['*', 'token', 'revoke', 'accounts', 'account', 'account-update',
  'institution-users', 'customers', 'recipients', 'recipient', 'recipient-create', 'recipient-update',
  'recipient-delete', 'transactions', 'unknown']);

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

export interface FaultDecision {
  delayMs: number;
  fault?: FaultRule;
}

export class FaultEngine {
  private rules: ActiveRule[] = [];
  private random: Random = seededRandom('faults');
  private latencyMs = 0;
  private jitterMs = 0;

  constructor(rules: FaultRule[], latencyMs: number) {
    this.setRules(rules);
    this.setLatency(latencyMs, 0);
  }

  setRules(rules: FaultRule[]): void {
    const problem = validateFaultRules(rules);
    if (problem) throw new TypeError(problem);
    this.rules = rules.map((rule) => ({ rule: { ...rule }, remaining: rule.times ?? Infinity }));
    // A fresh rule set replays the same probability draws, so runs are reproducible.
    this.random = seededRandom('faults');
  }

  setLatency(ms: number, jitterMs = 0): void {
    if (!(ms >= 0) || !(jitterMs >= 0)) throw new TypeError('latency must be a non-negative number of milliseconds');
    this.latencyMs = ms;
    this.jitterMs = jitterMs;
  }

  decide(route: RouteName): FaultDecision {
    let delayMs = this.latencyMs + (this.jitterMs > 0 ? this.random() * this.jitterMs : 0);
    if (this.rules.length === 0) return { delayMs };
    let fault: FaultRule | undefined;
    let exhausted = false;
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.route !== undefined && rule.route !== '*' && rule.route !== route) continue;
      if (rule.kind !== 'latency' && fault) continue;
      if (active.remaining <= 0) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      active.remaining--;
      if (active.remaining <= 0) exhausted = true;
      if (rule.kind === 'latency') delayMs += (rule.latencyMs ?? 0) + this.random() * (rule.jitterMs ?? 0);
      else fault = rule;
    }
    if (exhausted) this.rules = this.rules.filter((active) => active.remaining > 0);
    return fault ? { delayMs, fault } : { delayMs };
  }
}

/** Why a rule set is unusable, or undefined when it is fine (used by the admin API too). */
export function validateFaultRules(rules: unknown): string | undefined {
  if (!Array.isArray(rules)) return 'faults must be an array of rules';
  for (const [index, rule] of rules.entries()) {
    const where = `faults[${index}]`;
    if (typeof rule !== 'object' || rule === null) return `${where} must be an object`;
    const r = rule as Record<string, unknown>;
    if (!KINDS.has(r.kind as FaultKind)) return `${where}.kind must be one of ${[...KINDS].join(', ')}`;
    if (r.route !== undefined && !ROUTES.has(r.route as string)) return `${where}.route is not a sandbox route`;
    for (const key of ['status', 'retryAfterSeconds', 'latencyMs', 'jitterMs', 'times'] as const) {
      if (r[key] !== undefined && !(typeof r[key] === 'number' && r[key] >= 0)) return `${where}.${key} must be a non-negative number`;
    }
    if (r.status !== undefined && !(Number.isInteger(r.status) && (r.status as number) >= 200 && (r.status as number) <= 599)) {
      return `${where}.status must be an HTTP status (200-599)`;
    }
    if (r.probability !== undefined && !(typeof r.probability === 'number' && r.probability >= 0 && r.probability <= 1)) {
      return `${where}.probability must be between 0 and 1`;
    }
    for (const key of ['code', 'message'] as const) {
      if (r[key] !== undefined && typeof r[key] !== 'string') return `${where}.${key} must be a string`;
    }
  }
  return undefined;
}
