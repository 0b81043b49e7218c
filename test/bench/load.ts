// Load generation (autocannon, in the parent process) with a warm-up before every measurement.
import autocannon from 'autocannon';
import { cpuMsOf, sampleRss } from './procs.js';

export interface Target {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx, socket errors, timeouts and bodies that differ from the verified answer: must be 0. */
  failures: number;
  requests: number;
  /** The server process's CPU time (user + system) per operation during the measured run: steadier than req/s. */
  cpuMsPerOp: number;
  peakRss: number;
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** The answer checked before the run: every response under load must equal it byte for byte. */
  expectBody?: string;
  /** Another process whose CPU counts towards the operations too (dev mode runs the bank in the gateway's). */
  alsoChargePid?: number;
}

export async function runLoad(target: Target, settings: LoadSettings, serverPid: number): Promise<LoadResult> {
  const base = { ...target, connections: settings.connections, timeout: 10, expectBody: settings.expectBody };
  const rss = sampleRss(serverPid, 250);
  if (settings.warmupSeconds > 0) await autocannon({ ...base, duration: settings.warmupSeconds });
  const charged = settings.alsoChargePid ? [serverPid, settings.alsoChargePid] : [serverPid];
  const cpuNow = () => charged.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const cpuBefore = cpuNow();
  const result = await autocannon({ ...base, duration: settings.durationSeconds });
  const cpuMsPerOp = (cpuNow() - cpuBefore) / result.requests.total;
  const peakRss = rss.stop();
  return {
    rps: result.requests.total / settings.durationSeconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
    requests: result.requests.total,
    cpuMsPerOp,
    peakRss,
  };
}
