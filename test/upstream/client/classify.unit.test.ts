import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../../src/upstream/client/classify.js';
import { failure } from './fixtures.js';

const running = { signal: new AbortController().signal, callerGone: false };
const expired = { signal: AbortSignal.abort(), callerGone: false };
const hungUp = { signal: AbortSignal.abort(), callerGone: true };
const timeout = failure({ kind: 'timeout', status: 0 });

describe('classifyFailure', () => {
  it('stops a call whose deadline ran out during the attempt, and blames the bank', () => {
    expect(classifyFailure(timeout, expired)).toEqual({ breaker: 'failure', next: 'stop' });
  });

  it('stops a call whose caller hung up, and says nothing about the bank', () => {
    expect(classifyFailure(timeout, hungUp)).toEqual({ breaker: 'ignored', next: 'stop' });
  });

  it('leaves an attempt that timed out within the deadline to the retry policy', () => {
    expect(classifyFailure(timeout, running)).toEqual({ breaker: 'failure', next: 'maybe-retry' });
  });

  it('leaves other failures to the retry policy even once the deadline is gone (it will find no time left)', () => {
    expect(classifyFailure(failure({ kind: 'network', status: 0 }), expired)).toEqual({ breaker: 'failure', next: 'maybe-retry' });
  });

  it.each([
    { status: 401, code: 'ACC_00601' },
    { status: 400, code: 'CMN_90018' },
    { status: 400, code: 'ACC_00601' },
  ])('asks for a fresh token on a refused one ($status $code), a bank working as designed', ({ status, code }) => {
    expect(classifyFailure(failure({ status, code, retryable: false }), running)).toEqual({ breaker: 'success', next: 'refresh-token' });
  });

  it.each([
    { status: 400, code: 'ACC_00011', retryable: false, breaker: 'success' },
    { status: 404, code: 'ACC_00012', retryable: false, breaker: 'success' },
    { status: 503, code: 'ACC_99999', retryable: true, breaker: 'failure' },
    { status: 429, code: undefined, retryable: true, breaker: 'failure' },
  ])('counts HTTP $status as a breaker $breaker and lets the retry policy decide', ({ status, code, retryable, breaker }) => {
    expect(classifyFailure(failure({ status, code, retryable }), running)).toEqual({ breaker, next: 'maybe-retry' });
  });
});
