import cluster from 'node:cluster';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Env } from '../env.js';

/** Set by the primary (src/lifecycle/cluster.ts) for the workers it forks. */
export const WORKER_ENV = {
  /** Dev mode: the sandbox bank the primary runs once for all workers. */
  sandboxUrl: 'GATEWAY_PRIMARY_SANDBOX_URL',
  /** "1" for the one worker that prints the start-up banner (URLs, demo tokens). */
  announce: 'GATEWAY_WORKER_ANNOUNCE',
} as const;

/** In a dev-mode worker: the primary's sandbox, which this worker must neither start again nor close. */
export function primarySandbox(env: Env): { url: string; close(): Promise<void> } | undefined {
  const url = cluster.isWorker ? env[WORKER_ENV.sandboxUrl] : undefined;
  return url ? { url, close: async () => undefined } : undefined;
}

/** Whether this process prints the start-up banner: N workers would print it N times. */
export function announces(env: Env): boolean {
  return !cluster.isWorker || env[WORKER_ENV.announce] === '1';
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** With several workers, says which one answered: how to tell that load spreads, and whose log to read. */
export function servedBy(listener: Listener): Listener {
  if (!cluster.isWorker) return listener;
  const pid = String(process.pid);
  return (req, res) => {
    res.setHeader('x-served-by', pid);
    listener(req, res);
  };
}
