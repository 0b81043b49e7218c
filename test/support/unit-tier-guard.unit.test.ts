import { execFileSync, spawn } from 'node:child_process';
import { get } from 'node:http';
import { connect, createServer } from 'node:net';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

// The unit tier's promise (no sockets, no processes) is kept by its setup file, not by reviewers.
describe('a unit test that reaches for a socket or a process fails', () => {
  const refusal = /unit tier \(\*\.unit\.test\.ts\) is socket-free and process-free/;

  it('refuses outgoing connections: net, http and fetch', async () => {
    expect(() => connect(1, '127.0.0.1')).toThrow(refusal);
    expect(() => get('http://127.0.0.1:1/')).toThrow(refusal);
    const failure: unknown = await fetch('http://127.0.0.1:65000/').catch((error: unknown) => error);
    expect(String((failure as Error).cause)).toMatch(refusal);
  });

  it('refuses listening servers', () => {
    expect(() => createServer().listen(0)).toThrow(refusal);
  });

  it('refuses child processes and worker threads', () => {
    expect(() => spawn('true')).toThrow(refusal);
    expect(() => execFileSync('true')).toThrow(refusal);
    expect(() => new Worker('0', { eval: true })).toThrow(refusal);
  });
});
