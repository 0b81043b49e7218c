import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createGracefulShutdown } from '../../src/lifecycle/shutdown.js';

// The drain sequence in-process, with real sockets: readiness first, no new work, in-flight work finishes, then cleanup.

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

function setup(timeoutMs: number) {
  const events: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const readiness = { draining: false, setDraining: () => { readiness.draining = true; events.push('not ready'); } };
  const lifecycle = createGracefulShutdown({
    timeoutMs,
    readiness,
    cleanup: [
      async () => void events.push('stop gateway'),
      async () => { throw new Error('revoke failed'); },
      async () => void events.push('close sandbox'),
    ],
    log: (message) => events.push(message),
  });
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/slow') {
      markStarted();
      await gate;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(req.url === '/readyz' ? { ready: !readiness.draining } : { data: { url: req.url } }));
  };
  return { events, release, started, lifecycle, listener: lifecycle.wrap((req, res) => void handler(req, res)) };
}

describe('graceful shutdown', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      if (server.listening) await new Promise((resolve) => server.close(resolve));
    }
  });

  it('turns readiness off, refuses new work, lets the in-flight request finish, then cleans up in order', async () => {
    const { events, release, started, lifecycle, listener } = setup(5_000);
    const server = createServer(listener);
    const other = createServer(listener);
    servers.push(server, other);
    const url = await listen(server);
    const otherUrl = await listen(other);

    const slow = fetch(`${url}/slow`);
    await started;
    const done = lifecycle.shutdown(server);
    expect(lifecycle.shutdown(server)).toBe(done);
    expect(events[0]).toBe('not ready');
    expect(lifecycle.draining).toBe(true);

    // The listener is closed: a new connection is refused.
    await expect(fetch(`${url}/graphql`)).rejects.toThrow();
    // A request that still reaches the handler (a kept-alive connection) is answered 503 and the connection closed;
    // probes still answer, so the orchestrator sees "not ready" rather than an error.
    const refused = await fetch(`${otherUrl}/graphql`, { method: 'POST' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('connection')).toBe('close');
    expect(await refused.json()).toEqual({ errors: [{ message: expect.stringMatching(/shutting down/), extensions: { code: 'SHUTTING_DOWN' } }] });
    expect(await (await fetch(`${otherUrl}/readyz`)).json()).toEqual({ ready: false });
    expect(events).not.toContain('stop gateway');

    release();
    const res = await slow;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { url: '/slow' } });
    expect(await done).toBe('drained');
    expect(events.filter((e) => !e.startsWith('shutdown: draining'))).toEqual([
      'not ready', 'stop gateway', 'shutdown: cleanup step failed', 'close sandbox', 'shutdown: complete',
    ]);
    expect(server.listening).toBe(false);
  });

  it('cuts off requests still running at the deadline and still cleans up', async () => {
    const { events, started, lifecycle, listener } = setup(100);
    const server = createServer(listener);
    servers.push(server);
    const url = await listen(server);
    const stuck = fetch(`${url}/slow`);
    await started;
    // 'forced' only comes from the deadline's timer: the lifecycle waited for it rather than cutting off at once.
    expect(await lifecycle.shutdown(server)).toBe('forced');
    await expect(stuck).rejects.toThrow();
    expect(events).toContain('shutdown: deadline passed, closing the remaining connections');
    expect(events.at(-1)).toBe('shutdown: complete');
    expect(events).toContain('close sandbox');
  });

  it('completes at once when nothing is in flight', async () => {
    const { lifecycle, listener } = setup(10_000);
    const server = createServer(listener);
    servers.push(server);
    const url = await listen(server);
    expect((await fetch(`${url}/x`)).status).toBe(200);
    // Waiting out the 10 s deadline for the idle keep-alive connection would end 'forced'.
    expect(await lifecycle.shutdown(server)).toBe('drained');
  });
});
