// Real processes for the scale tests: Debian's redis-server on a free port, and gateways run as `npm start` does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { devBankEnv } from '../../src/dev-bank.js';
import type { UserContext } from '../../src/upstream/types.js';
import { TEST_JWT_SECRET } from '../support/gateway.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Why the Redis tests cannot run here, or undefined. They skip only for this reason. */
export const NO_REDIS = spawnSync('redis-server', ['--version']).status === 0
  ? undefined
  : 'redis-server is not installed (apt-get install redis-server; .ci/run does)';

export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resolves with the first stdout line matching `pattern`; rejects if the process exits first. */
function waitForLine(proc: ChildProcess, pattern: RegExp, output: () => string): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = pattern.exec(buffer);
      if (match) {
        proc.stdout!.off('data', onData);
        proc.off('exit', onExit);
        resolve(match);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`exited (${code}) before printing ${pattern}:\n${output()}`));
    proc.stdout!.on('data', onData);
    proc.once('exit', onExit);
  });
}

export interface Spawned {
  proc: ChildProcess;
  pid: number;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM (or `signal`), resolving with the exit code once it exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function spawnProcess(command: string, args: string[], env: Record<string, string>): Spawned {
  const proc = spawn(command, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    proc,
    pid: proc.pid!,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode !== null || proc.signalCode !== null) return proc.exitCode;
      const exited = once(proc, 'exit');
      proc.kill(signal);
      const [code] = await exited;
      return code as number | null;
    },
  };
}

export interface RedisServer extends Spawned {
  url: string;
  port: number;
}

/** A throw-away Redis: no persistence, loopback only. Pass `port` to bring one back where a killed one was. */
export async function startRedis(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  const redis = spawnProcess('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
  await waitForLine(redis.proc, /Ready to accept connections/, redis.output);
  return { ...redis, port: chosen, url: `redis://127.0.0.1:${chosen}` };
}

export interface GatewayProcess extends Spawned {
  url: string;
}

/** src/main.ts in a process of its own (through tsx, as in development); ready once it printed its URL. */
export async function spawnGateway(env: Record<string, string>): Promise<GatewayProcess> {
  const gateway = spawnProcess(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    PORT: '0', HOST: '127.0.0.1', AUTH_JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', GRAPHIQL: 'false', ...env,
  });
  const [, url] = await waitForLine(gateway.proc, /GraphQL:\s+(http:\/\/\S+)\/graphql/, gateway.output);
  return { ...gateway, url: url! };
}

export function bankEnv(sandboxUrl: string): Record<string, string> {
  return {
    ...devBankEnv(sandboxUrl),
    // The (lenient) sandbox has the assumed account update: the cache invalidation after it is under test.
    ACCOUNT_UPDATE: 'patch',
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }>; extensions?: Record<string, any> };
}

const tokens = new Map<string, Promise<string>>();

/** POSTs an operation to one gateway as `viewer`. */
export async function ask(url: string, query: string, viewer: UserContext, variables?: Record<string, unknown>): Promise<Answer> {
  const key = `${viewer.idType}:${viewer.userId}`;
  if (!tokens.has(key)) tokens.set(key, mintViewerToken(viewer, { secret: TEST_JWT_SECRET, lifetimeSeconds: 3600 }));
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokens.get(key)}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}
