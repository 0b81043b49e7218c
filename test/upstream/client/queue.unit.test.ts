import { describe, expect, it } from 'vitest';
import { createBulkheads } from '../../../src/upstream/bulkhead.js';
import { whenInLine } from '../../../src/upstream/client/queue.js';
import { UpstreamError } from '../../../src/upstream/errors.js';
import { createLimiter } from '../../../src/upstream/limit.js';
import { settled } from './fixtures.js';

/** A slot of `limiter` held until the returned function is called. */
function hold(limiter: ReturnType<typeof createLimiter>): () => void {
  let release!: () => void;
  void limiter(() => new Promise<void>((resolve) => (release = resolve)));
  return () => release();
}

describe('whenInLine', () => {
  it('starts the call only once a socket is free', async () => {
    const sockets = createLimiter(1);
    const release = hold(sockets);
    let started = false;
    const call = whenInLine('accounts', sockets, async () => (started = true), {});
    await Promise.resolve();
    expect(started).toBe(false);
    release();
    expect(await call).toBe(true);
  });

  it('takes the bulkhead slot before the socket: a viewer over its cap holds none of the sockets', async () => {
    const sockets = createLimiter(1);
    const bulkhead = createBulkheads({ perOperation: 1, perViewer: 1 }).forOperation('viewer-a');
    let release!: () => void;
    const first = whenInLine('accounts', sockets, () => new Promise<void>((resolve) => (release = resolve)), { bulkhead });
    await expect.poll(() => release).toBeDefined();
    const second = whenInLine('accounts', sockets, async () => 'second', { bulkhead });
    expect(sockets.busy).toBe(1);
    release();
    await first;
    expect(await second).toBe('second');
  });

  it.each(['socket', 'bulkhead'] as const)('turns a caller abort while waiting for a %s into a final timeout, sending nothing', async (where) => {
    const sockets = createLimiter(1);
    const bulkhead = createBulkheads({ perOperation: 1, perViewer: 1 }).forOperation('viewer-a');
    const forever = () => new Promise<never>(() => undefined);
    void (where === 'socket' ? sockets(forever) : bulkhead.run(forever));
    const caller = new AbortController();
    let sent = false;
    const call = settled(whenInLine('accounts', sockets, async () => (sent = true), { signal: caller.signal, bulkhead }));
    caller.abort();
    const outcome = await call;
    expect(outcome).toEqual({ reason: expect.any(UpstreamError) });
    expect((outcome as { reason: UpstreamError }).reason).toMatchObject({
      service: 'accounts', kind: 'timeout', status: 0, retryable: false, message: 'accounts: aborted by the caller while queued',
    });
    expect(sent).toBe(false);
  });

  it('passes on the call\'s own failure unchanged, even one after the caller hung up', async () => {
    const caller = new AbortController();
    const own = new Error('deadline error of the call itself');
    const call = settled(whenInLine('accounts', createLimiter(1), async () => {
      caller.abort();
      throw own;
    }, { signal: caller.signal }));
    expect(await call).toEqual({ reason: own });
  });
});
