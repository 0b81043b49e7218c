import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const { retailRich: rich, retailSingle: single, business } = SEED_USERS;
const VIEWER_ID = '{ viewer { id } }';
const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';

describe('Viewer.id', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const viewerId = async (user: typeof rich) => (await gw.query(VIEWER_ID, {}, user)).body.data!.viewer.id as string;

  it('is the same for every token of one user, different for every other user, without a bank call', async () => {
    gw.resetCalls();
    const ids = [await viewerId(rich), await viewerId(rich), await viewerId(single), await viewerId(business)];
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
    expect(gw.upstreamCalls()).toEqual([]);
    // The global-id scheme of every other object; it names only the viewer's own user id.
    expect(Buffer.from(ids[0]!, 'base64url').toString()).toBe(`Viewer:hostUserId:${rich.userId}`);
  });

  it('is answered by node(id:) only for the viewer it names', async () => {
    const own = await gw.query(NODE, { id: await viewerId(rich) }, rich);
    expect(own.body).toEqual({ data: { node: { __typename: 'Viewer', id: await viewerId(rich) } }, extensions: expect.anything() });

    const other = await gw.query(NODE, { id: await viewerId(single) }, rich);
    expect(other.body.data).toEqual({ node: null });
    expect(other.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
