import { describe, expect, it } from 'vitest';
import { UpstreamError, isNotFoundError, parseErrorBody, scrubMessage } from '../../src/upstream/errors.js';
import { categoriesFilter, idsFilter, odataString } from '../../src/upstream/odata.js';
import { REVOKE_PATH, TOKEN_PATH, buildQuery, resourcePath } from '../../src/upstream/paths.js';
import { isRetryableStatus, parseRetryAfter, retryDelay } from '../../src/upstream/retry.js';

describe('paths', () => {
  it('maps every resource for both styles; OAuth paths are style-independent', () => {
    expect(resourcePath('db', 'accounts', 'a-1')).toBe('/db-accounts/v1/accounts/a-1');
    expect(resourcePath('v1', 'accounts', 'a-1')).toBe('/v1/accounts/a-1');
    expect(resourcePath('db', 'recipients')).toBe('/db-recipients/v1/recipients');
    expect(resourcePath('db', 'transactions')).toBe('/db-transactions/v1/transactions');
    expect(resourcePath('db', 'institution-users', 'u')).toBe('/db-users/v1/institution-users/u');
    expect(resourcePath('v1', 'institution-users', 'u')).toBe('/v1/institution-users/u');
    expect([TOKEN_PATH, REVOKE_PATH]).toEqual(['/oauth2/v1/token', '/oauth2/v1/revoke']);
  });

  it('encodes ids as one segment and refuses an empty id', () => {
    expect(resourcePath('v1', 'recipients', '../x?y#z')).toBe('/v1/recipients/..%2Fx%3Fy%23z');
    expect(() => resourcePath('v1', 'recipients', '')).toThrow(RangeError);
    expect(() => resourcePath('v1', 'recipients', '.')).toThrow(RangeError);
    expect(() => resourcePath('db', 'accounts', '..')).toThrow(RangeError);
  });

  it('builds a query with literal $-keys, encoded values and no undefined values', () => {
    expect(buildQuery({ $filter: "a eq 'b c'", $top: 10, flag: false, skip: undefined })).toBe(
      "?$filter=a%20eq%20'b%20c'&$top=10&flag=false",
    );
    expect(buildQuery({ x: undefined })).toBe('');
    expect(() => buildQuery({ 'a&b': '1' })).toThrow(RangeError);
  });
});

describe('odata', () => {
  it('quotes strings and doubles embedded quotes', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(idsFilter(['a', "b'"])).toBe("id eq 'a' or id eq 'b'''");
    expect(categoriesFilter(['DEPOSIT', 'LOAN'])).toBe("category eq 'DEPOSIT' or category eq 'LOAN'");
  });

  it('refuses an empty list (it would match every account)', () => {
    expect(() => idsFilter([])).toThrow(RangeError);
  });
});

describe('retry policy', () => {
  const timing = { retryBaseMs: 100, retryMaxMs: 2_000 };

  it('retries 408, 429 and every 5xx, nothing else', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422].some(isRetryableStatus)).toBe(false);
  });

  it('uses full jitter capped by the maximum', () => {
    expect(retryDelay(1, undefined, 10_000, timing, () => 0.999)).toBeCloseTo(99.9);
    expect(retryDelay(3, undefined, 10_000, timing, () => 0.5)).toBe(200);
    expect(retryDelay(10, undefined, 10_000, timing, () => 1)).toBe(2_000);
    expect(retryDelay(1, undefined, 10_000, timing, () => 0)).toBe(0);
  });

  it('waits at least Retry-After, and gives up when that exceeds the cap or the deadline', () => {
    expect(retryDelay(1, 1_000, 10_000, timing, () => 0.5)).toBe(1_050);
    expect(retryDelay(1, 3_000, 10_000, timing, () => 0)).toBeUndefined();
    expect(retryDelay(1, 1_000, 900, timing, () => 0)).toBeUndefined();
    expect(retryDelay(3, undefined, 100, timing, () => 1)).toBeUndefined();
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2_000);
    expect(parseRetryAfter(new Date(61_000).toUTCString(), 1_000)).toBe(60_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('errors', () => {
  const error = (code: string, status = 400) => new UpstreamError({
    service: 'recipients', kind: 'http', status, code, retryable: false, message: 'x',
  });

  it('knows the bank spellings of "not found" but not an unknown user', () => {
    expect(isNotFoundError(error('REC_14004'))).toBe(true);
    expect(isNotFoundError(error('ACC_00012', 404))).toBe(true);
    expect(isNotFoundError(error('ACC_00101', 404))).toBe(false);
    expect(isNotFoundError(new Error('REC_14004'))).toBe(false);
  });

  it('reads {code, message} bodies and nothing else', () => {
    expect(parseErrorBody('{"code":"ACC_00005","message":"bad filter"}')).toEqual({ code: 'ACC_00005', message: 'bad filter' });
    expect(parseErrorBody('<html>')).toEqual({});
    expect(parseErrorBody('{"code":5}')).toEqual({});
  });

  it('scrubs queries and named secrets from bank messages', () => {
    expect(scrubMessage('bad /v1/accounts?hostUserId=1 token tok-9 ok?', ['tok-9'])).toBe('bad /v1/accounts?… token [redacted] ok?');
    expect(scrubMessage('x'.repeat(400), [])).toHaveLength(301);
  });
});
