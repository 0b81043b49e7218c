import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_SCOPES, SEED_USERS } from '../../src/sandbox/index.js';
import { createSeed } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { captureLogs, type LogLine } from './capture.js';

const rich = SEED_USERS.retailRich;
const DASHBOARD = 'query Dashboard { viewer { accounts { id accountNumber nickName } recipients { id accountNumber } } }';
const CREATE_RECIPIENT = `mutation AddRecipient($input: RecipientCreateInput!) {
  recipientCreate(input: $input) { recipient { id accountNumber } userErrors { code } }
}`;

describe('operation logs', () => {
  const logs = captureLogs();
  let gw: TestGateway;
  const forRequest = (res: { headers: Headers }) => {
    const requestId = res.headers.get('x-request-id');
    return logs.waitFor((line) => line.requestId === requestId);
  };

  beforeAll(async () => {
    // With accounts:read_unmasked the bank sends full account numbers through this process: the log must still not.
    gw = await startTestGateway({
      env: { LOG_LEVEL: 'info', CANDESCENT_SCOPES: ALL_SCOPES.join(' ') },
      observability: { logDestination: logs.stream },
    });
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.sandbox.clearFaults();
    gw.resetCalls();
  });

  it('writes one line per operation: request id, name, viewer hash, upstream calls with transactionIds, duration, outcome', async () => {
    const res = await gw.query(DASHBOARD, {}, rich);
    expect(res.body.errors).toBeUndefined();
    const line = await forRequest(res);
    expect(line).toMatchObject({
      level: 30, msg: 'graphql operation', operation: 'Dashboard', operationType: 'query', outcome: 'ok', status: 200,
      errorCodes: [],
    });
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(line.viewer).toMatch(/^[0-9a-f]{16}$/);
    expect(line.durationMs).toBeGreaterThan(0);
    const sent = gw.upstreamCalls().map((call) => call.transactionId).sort();
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(line.upstream.map((call: LogLine) => call.transactionId).sort()).toEqual(sent);
    expect(line.upstream[0]).toMatchObject({ method: 'GET', status: 200, attempt: 1, outcome: 'ok' });
    expect(logs.lines().filter((l) => l.requestId === line.requestId)).toHaveLength(1);

    // The same viewer hashes the same within the process; another viewer differently.
    const again = await forRequest(await gw.query('query Again { viewer { recipients { id } } }', {}, rich));
    const other = await forRequest(await gw.query('query Again { viewer { recipients { id } } }', {}, SEED_USERS.retailSingle));
    expect(again.viewer).toBe(line.viewer);
    expect(other.viewer).not.toBe(line.viewer);
  });

  it('reuses a well-formed incoming x-request-id and replaces anything else', async () => {
    const post = (requestId: string) => gw.token(rich).then((jwt) => fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: '{ viewer { recipients { id } } }' }),
    }));
    const kept = await post('edge-7f3a9c21.42');
    expect(kept.headers.get('x-request-id')).toBe('edge-7f3a9c21.42');
    expect(await forRequest(kept)).toMatchObject({ operation: '(anonymous)', outcome: 'ok' });
    const replaced = await post('x"} {"injected": true');
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs partial and failed operations with their error codes at warn level', async () => {
    gw.sandbox.setFaults([{ route: 'transactions', kind: 'status', status: 400, code: 'TXN_10001', message: 'bad', times: 1 }]);
    const partial = await forRequest(await gw.query(
      'query Partial { viewer { accounts(filter: { categories: [DEPOSIT] }) { id transactions(first: 1) { totalCount } } } }', {}, rich,
    ));
    expect(partial).toMatchObject({ level: 30, operation: 'Partial', outcome: 'partial', errorCodes: ['BAD_USER_INPUT'], upstreamCodes: ['TXN_10001'] });

    gw.sandbox.setFaults([{ route: 'accounts', kind: 'status', status: 503, code: 'ACC_99999', message: 'down' }]);
    const failed = await forRequest(await gw.query('query Failed { viewer { accounts { id } } }', {}, rich));
    expect(failed).toMatchObject({ level: 40, operation: 'Failed', outcome: 'error', errorCodes: ['UPSTREAM_UNAVAILABLE'] });
    // Every retry attempt is listed with its own transactionId.
    expect(failed.upstream.length).toBeGreaterThan(1);
    expect(new Set(failed.upstream.map((call: LogLine) => call.transactionId)).size).toBe(failed.upstream.length);
    expect(failed.upstream.at(-1)).toMatchObject({ status: 503, outcome: 'error' });
  });

  it('logs a rejected viewer token and an unparsable document as errors without a viewer', async () => {
    const jwt = await gw.token(rich);
    const badToken = await forRequest(await gw.query('query Dashboard { viewer { id } }', {}, `${jwt}x`));
    expect(badToken).toMatchObject({ outcome: 'error', status: 401, errorCodes: ['UNAUTHENTICATED'], upstream: [] });
    expect(badToken.viewer).toBeUndefined();
    const unparsable = await forRequest(await gw.query('query {', {}, rich));
    expect(unparsable).toMatchObject({ operation: '(unresolved)', outcome: 'error', errorCodes: ['GRAPHQL_PARSE_FAILED'] });
  });

  it('never writes JWTs, the client secret, bank tokens, Authorization values, user ids or full account numbers', async () => {
    const jwt = await gw.token(rich);
    const emptyJwt = await gw.token(SEED_USERS.retailEmpty);
    const rejected = `${jwt.slice(0, -4)}AAAA`;
    const seed = createSeed();
    const target = seed.accountsByLabel.get('sam:checking')!;
    const accountNumbers = [...seed.accountsByLabel.values()].map((account) => account.accountNumber);

    const dashboard = await gw.query(DASHBOARD, {}, jwt);
    expect(dashboard.body.data!.viewer.accounts.some((a: { accountNumber: string }) => accountNumbers.includes(a.accountNumber))).toBe(true);
    const mutation = await gw.query(CREATE_RECIPIENT, {
      input: {
        nickName: 'Log test', fullName: 'Sam Lee', passCode: 'LEE', memberNumber: SEED_USERS.retailSingle.hostUserId,
        accountNumber: target.accountNumber, accountType: 'CHECKING',
      },
    }, emptyJwt);
    expect(mutation.body.data!.recipientCreate.userErrors).toEqual([]);
    expect(await forRequest(mutation)).toMatchObject({ operation: 'AddRecipient', operationType: 'mutation', outcome: 'ok' });
    await forRequest(await gw.query(DASHBOARD, {}, rejected));
    // A bank that echoes credentials and numbers in its error message: the message is logged, scrubbed.
    const firstBankToken = await gw.bank.tokens.getToken();
    gw.sandbox.setFaults([{
      route: 'accounts', kind: 'status', status: 400, code: 'ACC_00011', times: 1,
      message: `Authorization: Bearer ${firstBankToken} (viewer ${jwt}) may not read ${target.accountNumber}`,
    }]);
    const echoed = await forRequest(await gw.query(DASHBOARD, {}, jwt));
    expect(echoed.upstreamErrors[0]).toMatch(/ACC_00011 .* may not read \*{4}\d{4}$/);
    gw.sandbox.setFaults([{ route: 'accounts', kind: 'status', status: 401, code: 'AUTH_001', message: `token ${firstBankToken} rejected` }]);
    await forRequest(await gw.query(DASHBOARD, {}, jwt));
    gw.sandbox.setFaults([{ route: 'transactions', kind: 'non-json' }]);
    await forRequest(await gw.query('query History { viewer { accounts { transactions(first: 1) { totalCount } } } }', {}, jwt));

    const text = logs.text();
    expect(logs.lines().length).toBeGreaterThanOrEqual(5);
    const bankToken = await gw.bank.tokens.getToken();
    const basic = Buffer.from('sandbox-client:sandbox-secret').toString('base64');
    expect(accountNumbers.every((n) => n.length >= 8)).toBe(true);
    expect(bankToken).not.toBe(firstBankToken);
    for (const secret of [jwt, emptyJwt, rejected, jwt.split('.')[2]!, 'sandbox-secret', bankToken, firstBankToken, basic, ...accountNumbers,
      rich.hostUserId!, rich.loginId, SEED_USERS.retailSingle.hostUserId!]) {
      expect(text).not.toContain(secret);
    }
    // The bank's echo above is the only place the word appears, and its value is gone.
    expect(text).not.toMatch(/(bearer|basic)\s+(?!\[redacted\])/i);
    expect(text).not.toMatch(/"authorization"/i);
  });
});
