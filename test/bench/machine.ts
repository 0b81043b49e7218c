// Where the figures come from: the machine description, and the compiled build the child processes run.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_DIR, REPO } from './procs.js';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: anything else busy on the machine shows here. */
  loadAverage: number;
}

export function describeMachine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg()[0],
  };
}

/** Compiles src/ and the benchmark's servers to plain JS, as `npm run build` would for src/. */
export function buildChildren(): void {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  const tsc = path.join(REPO, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(REPO, 'test/bench/tsconfig.json')], { encoding: 'utf8' });
  const emitted = ['src/main.js', 'test/bench/servers/raw.js', 'test/bench/servers/sandbox.js', 'test/bench/baseline/server.js']
    .every((file) => existsSync(path.join(BUILD_DIR, file)));
  if (!emitted) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
  // tsc still emits when a file has a type error; the suite's own type check is `npm run typecheck`.
  if (result.status !== 0) console.warn(`warning: the build reported type errors:\n${result.stdout.slice(0, 2000)}`);
}
