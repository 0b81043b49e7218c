// What dev mode (`npm start` with no bank configured, on a terminal) costs per operation next to production.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runLoad } from './load.js';
import { BUILD_DIR, REPO, freePort, pollHealth, processTree } from './procs.js';
import type { ScenarioId } from './options.js';
import type { Scenario } from './scenarios.js';
import { checkAnswer, sameData, send, startFlags, targetFor, upstreamEnv, type ViewerTokens } from './session.js';
import type { Child } from './procs.js';

export interface DevModeRow {
  scenario: ScenarioId;
  /** The production gateway's CPU plus the sandbox process's, per operation: dev mode runs both in one process. */
  productionCpuMsPerOp: number;
  devCpuMsPerOp: number;
  productionRps: number;
  devRps: number;
  sameAnswer: boolean;
}

/** Dev mode's embedded sandbox is seeded like the bench's; only the bank variables are left out. */
function devEnv(gatewayPort: number, sandboxPort: number): Record<string, string> {
  const env: Record<string, string> = { ...upstreamEnv('unused'), NODE_ENV: 'development', WORKERS: '1', PORT: String(gatewayPort), HOST: '127.0.0.1', SANDBOX_PORT: String(sandboxPort) };
  for (const name of Object.keys(env)) if (name.startsWith('CANDESCENT_') || name === 'GRAPHIQL' || name === 'INTROSPECTION') delete env[name];
  return env;
}

/**
 * Under `script`, so stdout is a pseudo-terminal as in a developer's shell and the logs are pino-pretty's.
 * The CPU measured is the gateway's node process alone: `script` stands in for the terminal emulator.
 */
async function startDevGateway(): Promise<{ child: Child; nodePid: number }> {
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const command = [process.execPath, ...startFlags(), path.join(BUILD_DIR, 'src/main.js')].join(' ');
  const proc = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
    cwd: REPO, env: { ...process.env, ...devEnv(port, sandboxPort) }, stdio: ['ignore', 'ignore', 'ignore'],
  });
  const url = `http://127.0.0.1:${port}`;
  await pollHealth(url, proc).catch(() => {
    throw new Error(`dev-mode gateway exited (${proc.exitCode}) before it was ready`);
  });
  const nodePid = processTree(proc.pid!).find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.js'));
  if (!nodePid) throw new Error('dev-mode gateway: no node process under script');
  const child: Child = {
    name: 'gateway-dev', url, pid: nodePid, proc, readyMs: 0, spawnedAt: 0,
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = once(proc, 'exit');
      process.kill(nodePid, 'SIGTERM');
      await exited;
    },
    send: () => Promise.reject(new Error('no IPC with the dev-mode gateway')),
  };
  return { child, nodePid };
}

/** Production and dev mode take turns this often per scenario, so that a noisy minute on this shared machine hits both. */
export const DEV_MODE_ROUNDS = 2;

/** Production (the bench's gateway and sandbox processes) against dev mode, at 0 ms bank latency. */
export async function measureDevMode(gateway: Child, sandbox: Child, scenarios: Scenario[], tokens: ViewerTokens,
  settings: { connections: number; durationSeconds: number; warmupSeconds: number }, log: (line: string) => void): Promise<DevModeRow[]> {
  const { child: dev, nodePid } = await startDevGateway();
  log('dev mode: the gateway as `npm start` runs it without a bank configured, on a pseudo-terminal');
  try {
    const rows: DevModeRow[] = [];
    for (const scenario of scenarios) {
      const prodTarget = targetFor('gateway', gateway, scenario, tokens);
      const devTarget = targetFor('gateway', dev, scenario, tokens);
      const [prodAnswer, devAnswer] = [await send(prodTarget), await send(devTarget)];
      const sameAnswer = sameData(checkAnswer('gateway', scenario, prodAnswer), checkAnswer('gateway', scenario, devAnswer));
      const sums = { prodCpu: 0, prodOps: 0, devCpu: 0, devOps: 0, prodRps: 0, devRps: 0 };
      for (let round = 0; round < DEV_MODE_ROUNDS; round++) {
        const prod = await runLoad(prodTarget, { ...settings, expectBody: prodAnswer.text, alsoChargePid: sandbox.pid }, gateway.pid);
        sums.prodCpu += prod.cpuMsPerOp * prod.requests;
        sums.prodOps += prod.requests;
        sums.prodRps += prod.rps / DEV_MODE_ROUNDS;
        const devLoad = await runLoad(devTarget, { ...settings, expectBody: devAnswer.text }, nodePid);
        sums.devCpu += devLoad.cpuMsPerOp * devLoad.requests;
        sums.devOps += devLoad.requests;
        sums.devRps += devLoad.rps / DEV_MODE_ROUNDS;
      }
      const row = { scenario: scenario.id, productionCpuMsPerOp: sums.prodCpu / sums.prodOps, devCpuMsPerOp: sums.devCpu / sums.devOps,
        productionRps: sums.prodRps, devRps: sums.devRps, sameAnswer };
      log(`dev mode ${scenario.id}: production (gateway + bank) ${row.productionCpuMsPerOp.toFixed(2)} ms/op, dev mode ${row.devCpuMsPerOp.toFixed(2)} ms/op`);
      rows.push(row);
    }
    return rows;
  } finally {
    await dev.stop();
  }
}
