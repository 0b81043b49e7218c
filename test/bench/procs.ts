// Child processes of the benchmark (compiled JS, so a server's RSS is its own and not a TypeScript loader's).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_DIR = path.join(REPO, 'node_modules/.cache/gateway-bench');

export interface Child {
  name: string;
  url: string;
  pid: number;
  proc: ChildProcess;
  /** ms from spawn() to the child's ready message. */
  readyMs: number;
  spawnedAt: number;
  stop(): Promise<void>;
  send(message: unknown, reply: string): Promise<void>;
}

/** The process and all its descendants (a gateway with WORKERS > 1 is a primary and its workers). */
export function processTree(pid: number): number[] {
  const pids = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (children) for (const child of children.split(' ')) pids.push(...processTree(Number(child)));
    }
  } catch {
    // The process has exited.
  }
  return pids;
}

/**
 * Resident set size in bytes of the process tree, from /proc: `VmRSS` now, or `VmHWM` (the kernel's peak per
 * process; summed over a tree it is an upper bound of the tree's peak).
 */
export function rssOf(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

/** A free TCP port on 127.0.0.1 (for a server that takes its port from the environment). */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Until `url`/healthz answers 200; throws if the process exits first. */
export async function pollHealth(url: string, proc: ChildProcess): Promise<void> {
  for (;;) {
    if (proc.exitCode !== null) throw new Error('exited');
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(5);
  }
}

const TICKS_PER_SECOND = 100;

/** CPU time (user + system) the process tree has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMsOf(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    try {
      // Fields after the command name (which may contain spaces, hence the last ')'): utime and stime are 14 and 15.
      const fields = readFileSync(`/proc/${member}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * Starts `<build>/<file>`. Ready when it sends `{type:'ready', url}` over IPC or, when `port` is given (a server
 * that knows nothing of the benchmark, such as src/main.js), when `/healthz` on that port answers.
 */
export async function startChild(name: string, file: string, env: Record<string, string>, port?: number, nodeArgs: string[] = []): Promise<Child> {
  const spawnedAt = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, path.join(BUILD_DIR, file)], {
    cwd: REPO,
    env: { ...process.env, NODE_ENV: 'production', ...env, ...(port ? { PORT: String(port), HOST: '127.0.0.1' } : {}) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  proc.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<never>((_, reject) => {
    proc.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${stderr}`)));
  });
  exited.catch(() => undefined);
  const ready = port
    ? pollHealth(`http://127.0.0.1:${port}`, proc).then(() => ({ url: `http://127.0.0.1:${port}` }))
    : new Promise<{ url: string }>((resolve) => {
      proc.on('message', (message: { type?: string; url?: string }) => {
        if (message.type === 'ready' && message.url) resolve({ url: message.url });
      });
    });
  const { url } = await Promise.race([ready, exited]);
  const readyMs = performance.now() - spawnedAt;
  proc.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`${name} exited unexpectedly (${code ?? signal}):\n${stderr}`);
  });
  return {
    name,
    url,
    pid: proc.pid!,
    proc,
    readyMs,
    spawnedAt,
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = once(proc, 'exit');
      proc.kill('SIGTERM');
      await exited;
    },
    send(message, reply) {
      return new Promise((resolve) => {
        const onMessage = (m: { type?: string }) => {
          if (m.type === reply) {
            proc.off('message', onMessage);
            resolve();
          }
        };
        proc.on('message', onMessage);
        proc.send(message as object);
      });
    },
  };
}

/** Samples a process's RSS until stopped; `peak` is the largest sample. */
export function sampleRss(pid: number, everyMs: number) {
  const samples: Array<{ at: number; rss: number }> = [];
  const take = () => samples.push({ at: performance.now(), rss: rssOf(pid) });
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      take();
      return Math.max(...samples.map((s) => s.rss));
    },
  };
}
