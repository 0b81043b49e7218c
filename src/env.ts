// The one set of parsers every configuration loader reads its variables with (docs/configuration.md).
// Each refusal is a ConfigError naming the variable; none repeats the value, which may be a misplaced secret.
import { ConfigError } from './config-error.js';

/** The process environment, or the variables a test or a dev-mode start builds in its place. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The value without surrounding blanks; undefined when unset or blank. */
export function readString(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Decimal digits only: `0x10`, `1e3`, `-1` and `12.0` are refused rather than read as something unintended. */
export function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  return checkRange(name, /^\d+$/.test(raw) ? Number(raw) : Number.NaN, min, max);
}

/** Decimal digits with an optional fraction (`0.25`); no sign, exponent or hexadecimal. */
export function readDecimal(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || value < min || value > max) throw new ConfigError(name, `must be a number from ${min} to ${max}`);
  return value;
}

export function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, 'must be true or false');
}

export function checkEnum<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = readString(env, name);
  return raw === undefined ? fallback : checkEnum(name, raw, allowed);
}

/** An absolute URL; `problem` is the refusal for an unparsable one (it says which schemes are meant). */
export function parseUrl(name: string, raw: string, problem: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new ConfigError(name, problem);
  }
}

/** An absolute URL with one of `protocols` (`https:`…), as written; undefined when unset. */
export function readUrl(
  env: Env, name: string, protocols: readonly string[] = ['https:', 'http:'], problem = 'must be an absolute http(s) URL',
): string | undefined {
  const raw = readString(env, name);
  if (raw === undefined) return undefined;
  if (!protocols.includes(parseUrl(name, raw, problem).protocol)) throw new ConfigError(name, problem);
  return raw;
}
