import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import type { Config } from '../config.js';
import type { DevBank } from '../dev-bank.js';
import { relayPeerMessages } from './peers.js';
import { WORKER_ENV } from './worker.js';

/** A worker that ran this long was healthy: if it dies, it is replaced at once and its backoff starts over. */
const STABLE_AFTER_MS = 10_000;
const RESTART_DELAY_MIN_MS = 100;
const RESTART_DELAY_MAX_MS = 10_000;
/** Beyond the workers' own drain deadline (SHUTDOWN_TIMEOUT_MS) and cleanup, before they are killed. */
const KILL_AFTER_DRAIN_MS = 10_000;

interface Slot {
  index: number;
  worker?: Worker;
  startedAt: number;
  /** Deaths in a row, each soon after its start: the exponent of the restart delay. */
  failures: number;
  restart?: NodeJS.Timeout;
}

/**
 * WORKERS > 1: this process becomes the cluster's primary. It serves nothing itself: it forks the gateway
 * processes (which share the port, connections handed out round-robin), replaces one that dies, and on SIGTERM
 * or SIGINT forwards SIGTERM to all, waits for them to drain and exits 0. In dev mode its sandbox bank (`devBank`)
 * serves all of them. False in a worker or with one worker: the caller runs the gateway itself.
 */
export function superviseWorkers(config: Config, devBank?: DevBank): boolean {
  if (cluster.isWorker) return false;
  const count = config.workers;
  if (count <= 1) return false;

  const workerEnv: Record<string, string> = {};
  if (devBank) {
    workerEnv[WORKER_ENV.sandboxUrl] = devBank.url;
    // Every worker must accept the demo tokens, whichever worker minted them.
    if (config.gateway.auth.jwtSecret) workerEnv.AUTH_JWT_SECRET = config.gateway.auth.jwtSecret;
  }
  const closeSandbox = () => devBank?.close() ?? Promise.resolve();
  relayPeerMessages();

  const slots: Slot[] = Array.from({ length: count }, (_, index) => ({ index, startedAt: 0, failures: 0 }));
  let served = false;
  let stopping = false;

  const fork = (slot: Slot, first: boolean) => {
    slot.restart = undefined;
    slot.startedAt = Date.now();
    const worker = cluster.fork({ ...workerEnv, [WORKER_ENV.announce]: first && slot.index === 0 ? '1' : '0' });
    slot.worker = worker;
    worker.once('listening', () => {
      served = true;
    });
    worker.once('exit', (code, signal) => {
      if (slot.worker === worker) slot.worker = undefined;
      if (stopping) return;
      const how = signal ?? `code ${code}`;
      if (!served) {
        // Not one worker got as far as listening: a configuration or start-up problem that restarting cannot fix.
        console.error(`Gateway worker ${worker.process.pid} exited (${how}) before any worker was listening; stopping.`);
        stop(1);
        return;
      }
      slot.failures = Date.now() - slot.startedAt >= STABLE_AFTER_MS ? 0 : slot.failures + 1;
      const delay = slot.failures === 0 ? 0 : Math.min(RESTART_DELAY_MAX_MS, RESTART_DELAY_MIN_MS * 2 ** (slot.failures - 1));
      console.error(`Gateway worker ${worker.process.pid} exited (${how}); starting a new one${delay ? ` in ${delay} ms` : ''}.`);
      slot.restart = setTimeout(() => fork(slot, false), delay);
    });
  };

  function stop(exitCode: number): void {
    if (stopping) return;
    stopping = true;
    for (const slot of slots) clearTimeout(slot.restart);
    const running = slots.flatMap((slot) => (slot.worker && !slot.worker.isDead() ? [slot.worker] : []));
    const exited = running.map((worker) => once(worker, 'exit'));
    for (const worker of running) worker.process.kill('SIGTERM');
    const kill = setTimeout(() => {
      for (const worker of running) if (!worker.isDead()) worker.process.kill('SIGKILL');
    }, config.shutdownTimeoutMs + KILL_AFTER_DRAIN_MS);
    Promise.all(exited)
      .then(() => closeSandbox())
      .finally(() => {
        clearTimeout(kill);
        process.exit(exitCode);
      });
  }

  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  for (const slot of slots) fork(slot, true);
  console.log(`Cluster:       primary ${process.pid} runs ${count} gateway workers`);
  return true;
}
