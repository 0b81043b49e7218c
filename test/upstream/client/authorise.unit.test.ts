import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Authorisation } from '../../../src/upstream/client/authorise.js';
import { Deadline } from '../../../src/upstream/client/deadline.js';
import { preparedCall, settled } from './fixtures.js';

function setup(getToken: () => Promise<string> = () => Promise.resolve('token-1'), usable = (): string | undefined => undefined) {
  const invalidated: string[] = [];
  const deadline = new Deadline(preparedCall(), 1_000);
  const authorisation = new Authorisation({ getToken, usable, invalidate: (token) => invalidated.push(token) }, deadline);
  return { authorisation, deadline, invalidated };
}

describe('Authorisation', () => {
  // The deadline's timer is faked in every test, so none is left running.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands out the shared token', async () => {
    expect(await setup().authorisation.token()).toBe('token-1');
  });

  it('hands out a token in hand at once, without waiting on the provider', () => {
    const { authorisation } = setup(() => Promise.reject(new Error('not asked')), () => 'token-0');
    expect(authorisation.token()).toBe('token-0');
  });

  it('passes on the token provider\'s own failure, for the retry policy to judge', async () => {
    const refused = new Error('token endpoint said 503');
    expect(await settled(setup(() => Promise.reject(refused)).authorisation.token())).toEqual({ reason: refused });
  });

  it('stops waiting for a slow token at the call\'s deadline', async () => {
    const { authorisation, deadline } = setup(() => new Promise(() => undefined));
    const token = settled(authorisation.token());
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await token).toEqual({ reason: deadline.signal.reason });
  });

  it('refreshes a refused token once per call: the first refusal invalidates it, a second one stands', () => {
    const { authorisation, invalidated } = setup();
    expect(authorisation.refreshAfterRefusal('token-1')).toBe(true);
    expect(invalidated).toEqual(['token-1']);
    expect(authorisation.refreshAfterRefusal('token-2')).toBe(false);
    expect(invalidated).toEqual(['token-1']);
  });
});
