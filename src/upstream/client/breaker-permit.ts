import type { BreakerPermit, CircuitBreaker } from '../breaker.js';
import type { UpstreamError } from '../errors.js';
import type { Deadline } from './deadline.js';

/**
 * The permit of an attempt its breaker refused at first sight. A first attempt refused by a half-open breaker with
 * its probes out waits for their verdict rather than fail a whole dashboard at once, until the deadline. Anything
 * else fails fast: a retry refused because the breaker opened meanwhile ends with `lastError`, the failure it
 * would have retried; a first attempt with the breaker's open error.
 */
export async function waitForPermit(
  breaker: Pick<CircuitBreaker, 'state' | 'tryAcquire' | 'nextChange' | 'openError'>,
  deadline: Pick<Deadline, 'within' | 'error'>,
  lastError: UpstreamError | undefined,
): Promise<BreakerPermit> {
  while (!lastError && breaker.state === 'half-open') {
    try {
      await deadline.within(breaker.nextChange());
    } catch {
      throw deadline.error();
    }
    const permit = breaker.tryAcquire();
    if (permit) return permit;
  }
  throw lastError ?? breaker.openError();
}
