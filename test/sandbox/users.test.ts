// Institution users and UX customers: where a client learns a user's locations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { accessToken, call, uxCall } from './helpers.js';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  token = await accessToken(sandbox);
});
afterAll(() => sandbox.close());

const institutionUser = (id: string, type?: string) =>
  call(sandbox, `/db-users/v1/institution-users/${id}${type ? `?userIdType=${type}` : ''}`, { token });

describe('GET institution-users/{id}', () => {
  it('finds a retail user by login id or host user id, with exactly one institution customer', async () => {
    const byLogin = await institutionUser(SEED_USERS.retailRich.loginId, 'LOGIN_ID');
    const byHost = await institutionUser(SEED_USERS.retailRich.userId, 'HOST_USER_ID');
    expect(byLogin.status).toBe(200);
    expect(byHost.body).toEqual(byLogin.body);
    expect(byLogin.body).toMatchObject({
      institutionUserId: expect.stringMatching(/^[0-9A-F]{32}$/), institutionId: '00016', institutionUserType: 'RETAIL',
      userName: 'alex.rivera', userId: '1000000001', failedLoginCount: 0, failedPasswordResetCount: 0,
      additionalInfo: { entry: [] },
    });
    expect(byLogin.body.institutionCustomers).toEqual([{
      institutionCustomerId: expect.stringMatching(/^[0-9a-f]{32}$/), memberNumber: '1000000001', memberName: 'Alex Rivera', customerType: 'RETAIL',
    }]);
    // The default id type is the institution user id.
    expect((await institutionUser(byLogin.body.institutionUserId)).body).toEqual(byLogin.body);
  });

  it('lists every location of a business user, the first one primary', async () => {
    const result = await institutionUser(SEED_USERS.business.loginId, 'LOGIN_ID');
    expect(result.body).toMatchObject({ institutionUserType: 'BUSINESS', institutionUserRole: 'BUSINESS_ADMIN' });
    const locations = result.body.institutionCustomers;
    expect(locations.length).toBeGreaterThanOrEqual(4);
    expect(locations.map((l: any) => l.primary)).toEqual([true, ...Array(locations.length - 1).fill(false)]);
    for (const l of locations) expect(l).toMatchObject({ memberNumber: expect.stringMatching(/^\d{9}$/), memberName: expect.any(String), customerType: 'BUSINESS' });
  });

  it('answers ISR_10001 for unknown users (business users have no host user id) and ISR_11008 for other id types', async () => {
    for (const [id, type] of [['ghost', 'LOGIN_ID'], [SEED_USERS.business.loginId, 'HOST_USER_ID'], ['ABC', undefined]]) {
      const result = await institutionUser(id!, type);
      expect([result.status, result.body.code]).toEqual([404, 'ISR_10001']);
    }
    expect((await institutionUser('alex.rivera', 'LEGACY_USER_GUID')).body.code).toBe('ISR_11008');
  });
});

describe('GET customers/{id}', () => {
  it('lists the same locations, in the same order, with the TIN as member number', async () => {
    const profile = await uxCall(sandbox, `/ux-users/v1/customers/${SEED_USERS.business.loginId}?userIdType=LOGIN_ID`, token);
    const user = await institutionUser(SEED_USERS.business.loginId, 'LOGIN_ID');
    expect(profile.status).toBe(200);
    expect(profile.body.customers).toEqual(user.body.institutionCustomers.map((l: any) => ({
      customerId: l.institutionCustomerId, memberNumber: l.memberNumber, customerType: 'BUSINESS',
    })));
    expect(profile.body).toMatchObject({
      userId: user.body.institutionUserId, fiId: '00016', userName: 'acme.admin', userType: 'BUSINESS',
      loginId: expect.stringMatching(/^[0-9a-f]{32}$/), emailAddress: expect.stringContaining('@'),
    });
  });

  it("gives a retail member's host user id as memberNumber and a last name to derive the pass code from", async () => {
    const profile = await uxCall(sandbox, '/v1/customers/priya.patel?userIdType=LOGIN_ID', token);
    expect(profile.body).toMatchObject({ lastName: 'Patel', emailAddress: 'priya.patel@example.com' });
    expect(profile.body.customers).toEqual([{ customerId: expect.any(String), memberNumber: '1000000006', customerType: 'RETAIL' }]);
    const byCustomerId = await uxCall(sandbox, `/v1/customers/${profile.body.customers[0].customerId}`, token);
    expect(byCustomerId.body).toEqual(profile.body);
  });

  it('answers UX errors with status, code and message', async () => {
    const unknown = await uxCall(sandbox, '/v1/customers/ghost?userIdType=LOGIN_ID', token);
    expect(unknown.body).toEqual({ status: 404, code: 'UXU_88888', message: 'No entitled customers found' });
    const badType = await uxCall(sandbox, '/v1/customers/alex.rivera?userIdType=HOST_USER_ID', token);
    expect(badType.body).toEqual({ status: 400, code: 'UXU_10014', message: 'Invalid query param' });
  });
});
