import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { PROFILES, startTestGateway, type TestGateway } from '../support/gateway.js';
import { heldTogether } from '../support/in-flight.js';

const business = SEED_USERS.business;

describe.each(PROFILES)('business banking: locations and account groups, %s bank', (profile) => {
  const strict = profile === 'strict';
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ profile });
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it('loads locations { accounts } with 1 institution-users call and L concurrent account calls', async () => {
    const query = '{ viewer { locations { id internalId name isPrimary accounts { id category } } } }';
    const res = await gw.query(query, {}, business);
    expect(res.body.errors).toBeUndefined();
    const locations = res.body.data!.viewer.locations;
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const location of locations) expect(location.accounts.length).toBeGreaterThanOrEqual(10);
    const calls = gw.upstreamCalls();
    expect(calls.filter((c) => c.route === 'institution-users')).toHaveLength(1);
    const accountCalls = calls.filter((c) => c.route === 'accounts');
    expect(accountCalls.map((c) => c.query.institutionCustomerId).sort()).toEqual(locations.map((l: { internalId: string }) => l.internalId).sort());
    gw.resetCalls();
    const held = await heldTogether(gw, ['accounts'], query, business, locations.length);
    expect(held.map((c) => c.query.institutionCustomerId).sort()).toEqual(accountCalls.map((c) => c.query.institutionCustomerId).sort());
  });

  it('lists all accounts of all locations for viewer.accounts', async () => {
    const res = await gw.query('{ viewer { accounts { id location { name } } } }', {}, business);
    expect(res.body.errors).toBeUndefined();
    const names = new Set(res.body.data!.viewer.accounts.map((a: { location: { name: string } }) => a.location.name));
    expect(names.size).toBeGreaterThanOrEqual(4);
  });

  it('narrows to one location with filter.locationId', async () => {
    const all = await gw.query('{ viewer { locations { id internalId } } }', {}, business);
    const [first] = all.body.data!.viewer.locations;
    gw.resetCalls();
    const res = await gw.query('query($id: ID!) { viewer { accounts(filter: { locationId: $id }) { location { id } } } }', { id: first.id }, business);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.viewer.accounts.every((a: { location: { id: string } }) => a.location.id === first.id)).toBe(true);
    expect(gw.upstreamCalls().filter((c) => c.route === 'accounts').map((c) => c.query.institutionCustomerId)).toEqual([first.internalId]);
  });

  it('pages account groups with cursors and a total count', async () => {
    const page1 = await gw.query('{ viewer { accountGroups(first: 2) { totalCount edges { cursor node { location { name } accounts { id } } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }', {}, business);
    expect(page1.body.errors).toBeUndefined();
    const groups1 = page1.body.data!.viewer.accountGroups;
    expect(groups1.totalCount).toBeGreaterThanOrEqual(4);
    expect(groups1.edges).toHaveLength(2);
    expect(groups1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = await gw.query('query($after: String) { viewer { accountGroups(first: 2, after: $after) { edges { node { location { name } } } pageInfo { hasPreviousPage } } } }', { after: groups1.pageInfo.endCursor }, business);
    const names1 = groups1.edges.map((e: { node: { location: { name: string } } }) => e.node.location.name);
    const names2 = page2.body.data!.viewer.accountGroups.edges.map((e: { node: { location: { name: string } } }) => e.node.location.name);
    expect(names2).toHaveLength(2);
    expect(names2.some((n: string) => names1.includes(n))).toBe(false);
    expect(page2.body.data!.viewer.accountGroups.pageInfo.hasPreviousPage).toBe(true);
  });

  it(strict
    ? 'reads a business account by node(id:) with its location once the bank asked for one (remembered)'
    : 'reads a business account by node(id:) with one single-account call', async () => {
    const listed = await gw.query('{ viewer { locations { internalId accounts { id displayName } } } }', {}, business);
    const locations = listed.body.data!.viewer.locations;
    const target = locations[2].accounts[3];
    const node = `query($id: ID!) { node(id: $id) { ... on Account { id displayName location { internalId } } } }`;
    gw.resetCalls();
    const res = await gw.query(node, { id: target.id }, business);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.node).toEqual({ id: target.id, displayName: target.displayName, location: { internalId: locations[2].internalId } });
    const calls = gw.upstreamCalls();
    if (!strict) {
      expect(calls.map((c) => c.route)).toEqual(['account', 'institution-users']);
      return;
    }
    // Refused without a location (ACC_00410), then the locations and one list per location (shared with the rest
    // of the operation; nothing tells an id's location). `location` itself is then served from the same call.
    expect(calls.filter((c) => c.route === 'account').map((c) => [c.status, c.query.institutionCustomerId])).toEqual([[400, undefined]]);
    expect(calls.filter((c) => c.route === 'institution-users')).toHaveLength(1);
    expect(calls.filter((c) => c.route === 'accounts').map((c) => c.query.institutionCustomerId).sort())
      .toEqual(locations.map((l: { internalId: string }) => l.internalId).sort());
    expect(calls).toHaveLength(2 + locations.length);
    gw.resetCalls();
    expect((await gw.query(node, { id: target.id }, business)).body.data!.node.id).toBe(target.id);
    expect(gw.upstreamCalls().filter((c) => c.route === 'account')).toHaveLength(0);
    expect(gw.upstreamCalls()).toHaveLength(1 + locations.length);
  });

  it('refuses a cursor that is not from this list', async () => {
    const res = await gw.query('{ viewer { accountGroups(first: 1, after: "bm9wZQ") { totalCount } } }', {}, business);
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sends the location with a business account transaction call', async () => {
    const res = await gw.query('{ viewer { locations { accounts { transactions(first: 2) { totalCount } } } } }', {}, business);
    expect(res.body.errors).toBeUndefined();
    const calls = gw.upstreamCalls().filter((c) => c.route === 'transactions');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => typeof c.query.institutionCustomerId === 'string' && c.query.loginId === business.userId)).toBe(true);
  });
});
