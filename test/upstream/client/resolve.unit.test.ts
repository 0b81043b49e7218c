import { describe, expect, it } from 'vitest';
import { resolveCall } from '../../../src/upstream/client/resolve.js';

const db = { apiStyle: 'db', baseUrl: 'https://bank.test/api' } as const;

describe('resolveCall', () => {
  it('puts the base URL, the style\'s path, the encoded id and the query into the URL, and keeps the path bare', () => {
    const call = resolveCall(db, { service: 'accounts', method: 'GET', id: 'a/b?c', query: { hostUserId: '1000000001', x: undefined } });
    expect(call.path).toBe('/db-accounts/v1/accounts/a%2Fb%3Fc');
    expect(call.url).toBe('https://bank.test/api/db-accounts/v1/accounts/a%2Fb%3Fc?hostUserId=1000000001');
    expect(resolveCall({ ...db, apiStyle: 'v1' }, { service: 'recipients', method: 'GET' }).url).toBe('https://bank.test/api/v1/recipients');
  });

  it('defaults to an expected body, and sends no body unless given one', () => {
    expect(resolveCall(db, { service: 'accounts', method: 'GET' })).toMatchObject({
      service: 'accounts', method: 'GET', body: undefined, expectBody: true, validate: undefined,
    });
  });

  it('serialises the body as JSON and keeps the caller\'s body expectation and shape check', () => {
    const validate = () => true;
    const call = resolveCall(db, {
      service: 'recipients', method: 'DELETE', id: 'r1', body: { nickName: 'Mum' }, expectBody: false, validate,
    });
    expect(call).toMatchObject({ method: 'DELETE', body: '{"nickName":"Mum"}', expectBody: false, validate });
  });

  it('refuses an id that is not a path segment and a query key that could smuggle parameters', () => {
    expect(() => resolveCall(db, { service: 'accounts', method: 'GET', id: '..' })).toThrow(RangeError);
    expect(() => resolveCall(db, { service: 'accounts', method: 'GET', query: { 'a&b': 1 } })).toThrow(RangeError);
  });
});
