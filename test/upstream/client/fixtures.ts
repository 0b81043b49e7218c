import { UpstreamError } from '../../../src/upstream/errors.js';
import type { UpstreamErrorInit } from '../../../src/upstream/errors.js';
import type { PreparedCall } from '../../../src/upstream/client/resolve.js';

/** A resolved GET of the accounts list whose URL carries a user id: it must never show in errors or events. */
export function preparedCall(overrides: Partial<PreparedCall> = {}): PreparedCall {
  return {
    service: 'accounts', method: 'GET', path: '/v1/accounts', url: 'https://bank.test/v1/accounts?hostUserId=1000000001',
    body: undefined, expectBody: true, validate: undefined, ...overrides,
  };
}

export function failure(init: Partial<UpstreamErrorInit> = {}): UpstreamError {
  return new UpstreamError({ service: 'accounts', kind: 'http', status: 503, message: 'accounts GET /v1/accounts: HTTP 503', retryable: true, ...init });
}

/** The settled value of `promise`, or what it rejected with: assertions on either without try/catch. */
export function settled<T>(promise: T | Promise<T>): Promise<{ value: T } | { reason: unknown }> {
  return Promise.resolve(promise).then((value) => ({ value }), (reason: unknown) => ({ reason }));
}
