// Deterministic identifiers and randomness for the seed. Ids hash a stable label, so adding an
// account or a transaction never shifts the ids of the others.
import { createHash } from 'node:crypto';

function sha256(label: string): Buffer {
  return createHash('sha256').update(label).digest();
}

/** 43-char URL-safe base64, the shape of Candescent's encrypted account and transaction keys. */
export function opaqueId(label: string): string {
  return sha256(label).toString('base64url');
}

/** 32 lower-hex: customer, location and recipient ids. */
export function lowerHexId(label: string): string {
  return sha256(label).toString('hex').slice(0, 32);
}

/** 32 upper-hex: institutionUserId. */
export function upperHexId(label: string): string {
  return lowerHexId(label).toUpperCase();
}

/** `length` decimal digits derived from the label (first digit never 0). */
export function digits(label: string, length: number): string {
  const bytes = sha256(label);
  let out = String(1 + (bytes[0]! % 9));
  for (let i = 1; out.length < length; i++) out += String(bytes[i % bytes.length]! % 10);
  return out;
}

export type Random = () => number;

/** mulberry32: tiny, fast and good enough for fake balances and dates. */
export function seededRandom(label: string): Random {
  let state = sha256(label).readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function between(random: Random, min: number, max: number): number {
  return Math.round((min + random() * (max - min)) * 100) / 100;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const DAY_MS = 86_400_000;

/**
 * The sandbox's fixed "today": transaction dates, loan due dates and the default transactions window
 * are relative to it, so responses never change with the wall clock.
 */
export const SANDBOX_TODAY = '2026-05-15';

/** YYYY-MM-DD of `days` days after (negative: before) the ISO date `from`. */
export function addDays(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
