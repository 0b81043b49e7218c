// Tables for the soak run (npm run soak): one row per sample, then totals by error code and upstream outcome.

export interface SoakSample {
  atSeconds: number;
  operations: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  upstreamCalls: number;
  upstreamFaults: number;
  rssMb: number;
  heapMb: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

export function samplesTable(samples: SoakSample[], intervalSeconds: number): string {
  return table(
    ['t (s)', 'ops/s', 'errors', 'p50 ms', 'p99 ms', 'bank calls', 'injected faults', 'RSS MB', 'heap MB'],
    samples.map((s) => [
      s.atSeconds, (s.operations / intervalSeconds).toFixed(0), s.errors, s.p50Ms.toFixed(1), s.p99Ms.toFixed(1),
      s.upstreamCalls, s.upstreamFaults, s.rssMb.toFixed(1), s.heapMb.toFixed(1),
    ]),
  );
}

export function countTable(title: string, counts: Map<string, number>, total: number): string {
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1])
    .map(([key, count]) => [key, count, `${((100 * count) / Math.max(total, 1)).toFixed(3)}%`]);
  return table([title, 'count', 'share'], rows.length > 0 ? rows : [['(none)', 0, '0%']]);
}

/** RSS after warm-up (first third of the samples) against the end (last third): a leak shows as steady growth. */
export function rssTrend(samples: SoakSample[]): { startMb: number; endMb: number; maxMb: number } {
  const third = Math.max(1, Math.floor(samples.length / 3));
  const mean = (list: SoakSample[]) => list.reduce((sum, s) => sum + s.rssMb, 0) / Math.max(list.length, 1);
  return {
    startMb: mean(samples.slice(0, third)),
    endMb: mean(samples.slice(-third)),
    maxMb: Math.max(...samples.map((s) => s.rssMb)),
  };
}
