import { breakerOutcome } from '../breaker.js';
import type { BreakerOutcome } from '../breaker.js';
import { isRefusedTokenAnswer } from '../errors.js';
import type { UpstreamError } from '../errors.js';
import type { Deadline } from './deadline.js';

/** What one failed attempt means: how it bears on the service's breaker, and what the call does next. */
export interface FailureVerdict {
  breaker: BreakerOutcome;
  /**
   * 'stop': the deadline passed or the caller hung up during the attempt, the call ends with the deadline's error.
   * 'refresh-token': the bank refused the token and did nothing else. 'maybe-retry': the retry policy decides.
   */
  next: 'stop' | 'refresh-token' | 'maybe-retry';
}

export function classifyFailure(error: UpstreamError, deadline: Pick<Deadline, 'signal' | 'callerGone'>): FailureVerdict {
  if (error.kind === 'timeout' && deadline.signal.aborted) {
    // Our deadline running out is the bank being slow; the caller hanging up says nothing about it.
    return { breaker: deadline.callerGone ? 'ignored' : 'failure', next: 'stop' };
  }
  return { breaker: breakerOutcome(error), next: isRefusedTokenAnswer(error) ? 'refresh-token' : 'maybe-retry' };
}
