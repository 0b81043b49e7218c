/**
 * Counts over the last `windowMs`, kept in `buckets` slices so old events fall out without storing each one.
 * Shared by the circuit breaker (calls, failures) and the retry budget (first attempts, retries).
 */
export interface RollingCounter<K extends string> {
  add(key: K, amount?: number): void;
  /** The total of `key` over the window ending now. */
  sum(key: K): number;
  clear(): void;
}

interface Bucket {
  start: number;
  counts: Map<string, number>;
}

export function createRollingCounter<K extends string>(windowMs: number, buckets: number, now: () => number): RollingCounter<K> {
  const sliceMs = windowMs / buckets;
  let ring: Bucket[] = [];
  const current = (): Bucket => {
    const at = now();
    const start = at - (at % sliceMs);
    while (ring.length > 0 && ring[0]!.start <= at - windowMs) ring.shift();
    let bucket = ring[ring.length - 1];
    if (!bucket || bucket.start !== start) {
      bucket = { start, counts: new Map() };
      ring.push(bucket);
    }
    return bucket;
  };
  return {
    add(key, amount = 1) {
      const bucket = current();
      bucket.counts.set(key, (bucket.counts.get(key) ?? 0) + amount);
    },
    sum(key) {
      current();
      return ring.reduce((total, bucket) => total + (bucket.counts.get(key) ?? 0), 0);
    },
    clear() {
      ring = [];
    },
  };
}
