import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const { retailRich: rich } = SEED_USERS;
const globalId = (type: string, bankId: string) => Buffer.from(`${type}:${bankId}`).toString('base64url');

describe('ids, the bearer scheme and masked numbers', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    // Updates on, so that the id check (not the switch) is what keeps the bank uncalled.
    gw = await startTestGateway({ env: { ACCOUNT_UPDATE: 'patch' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it.each(['', '.', '..', '../accounts', 'a/b', 'a%2Fb', 'a b', 'x?y=1'])(
    'answers NOT_FOUND for the bank id %j without calling the bank, on every path built from an id',
    async (bankId) => {
      const recipient = globalId('Recipient', bankId);
      const account = globalId('Account', bankId);
      const deleted = await gw.query('mutation($id: ID!) { recipientDelete(id: $id) { deletedRecipientId userErrors { code } } }', { id: recipient }, rich);
      expect(deleted.body.data?.recipientDelete).toEqual({ deletedRecipientId: null, userErrors: [{ code: 'RECIPIENT_NOT_FOUND' }] });
      const updated = await gw.query(
        'mutation($id: ID!) { accountUpdate(id: $id, input: { nickName: "x" }) { userErrors { code } } }', { id: account }, rich,
      );
      expect(updated.body.data?.accountUpdate.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
      const found = await gw.query(
        'query($a: ID!, $r: ID!, $t: ID!) { nodes(ids: [$a, $r, $t]) { id } }',
        { a: account, r: recipient, t: globalId('Transaction', `${bankId}:2026-05-01:t1`) },
        rich,
      );
      expect(found.body.data?.nodes).toEqual([null, null, null]);
      // Each entry says why, as node(id:) does.
      expect(found.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(
        [0, 1, 2].map((i) => [['nodes', i], 'NOT_FOUND']),
      );
      expect(gw.upstreamCalls()).toEqual([]);
    },
  );

  it('accepts the bearer scheme in any case (RFC 9110)', async () => {
    const token = await gw.token(rich);
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const res = await fetch(`${gw.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `${scheme} ${token}` },
        body: JSON.stringify({ query: '{ viewer { recipients { id } } }' }),
      });
      expect(res.status).toBe(200);
    }
  });

  it('masks micrNumber to its last 4 digits, whatever the bank sends', async () => {
    const res = await gw.query('{ viewer { accounts { micrNumber } } }', {}, rich);
    const numbers = res.body.data!.viewer.accounts.map((a: { micrNumber: string | null }) => a.micrNumber).filter(Boolean);
    expect(numbers.length).toBeGreaterThan(0);
    for (const micr of numbers) expect(micr).toMatch(/^\d{4}$/);
    // The sandbox sends the full MICR line: the masking is the gateway's.
    const sent = gw.upstreamCalls().filter((call) => call.route === 'accounts');
    expect(sent.length).toBeGreaterThan(0);
  });
});
