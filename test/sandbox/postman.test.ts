// Candescent's Postman collections, run with newman against the sandbox: every request must
// succeed (the revocation checks must get 401) and no collection script may fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox, type SandboxProfile } from '../../src/sandbox/index.js';
import { createSeed } from '../../src/sandbox/seed.js';
import { accessToken, call } from './helpers.js';
import { countRequests, loadCollection, postmanEnvironment, runCollection, selectFolders, type PostmanRun } from './postman.js';

const seed = createSeed();
let sandbox: Sandbox;
let environment: Record<string, string>;
let profile: SandboxProfile;

function expectClean(run: PostmanRun, expectedRequests: number): void {
  expect(run.summary.run.failures.map((f) => `${f.source?.name}: ${f.error.message}`)).toEqual([]);
  const executions = run.summary.run.executions;
  expect(executions).toHaveLength(expectedRequests);
  for (const execution of executions) {
    // A revoked token: 401 on the lenient bank, the API gateway's 400 CMN_90018 on the strict one.
    const refused = profile === 'strict' ? 400 : 401;
    const expected = /Verify Token Revocation/.test(execution.item.name) ? refused : 200;
    const status = execution.response?.code;
    expect(status === expected || (expected === 200 && status === 204), `${execution.item.name}: ${status} ${execution.response?.text()}`).toBe(true);
  }
  // Newman may talk to the sandbox only.
  expect(run.urls.length).toBe(expectedRequests);
  for (const url of run.urls) expect(url.startsWith(`${sandbox.url}/`), url).toBe(true);
}

// Both readings of the contract: Candescent's own requests must work against either (docs/bank-contract.md).
describe.each(['lenient', 'strict'] as const)('Candescent Postman collections against the %s sandbox', (sandboxProfile) => {
  beforeAll(async () => {
    profile = sandboxProfile;
    sandbox = await startSandbox({ profile });
    environment = postmanEnvironment(sandbox, seed);
  });
  afterAll(() => sandbox.close());

  it('Accounts: list and single account, retail and business, client credentials and password', async () => {
    const collection = selectFolders(loadCollection('Accounts'), [
      ['Retail User', 'Get List of Accounts'], ['Retail User', 'Get A Single Account'],
      ['Business User', 'Get List of Accounts'], ['Business User', 'Get A Single Account'],
    ]);
    const run = await runCollection(collection, environment);
    expectClean(run, countRequests(collection));
    expect(countRequests(collection)).toBe(26);
    // The scripts found the business location by TIN and the accounts by number.
    const acme = seed.byLoginId.get(SEED_USERS.business.loginId)!;
    expect(run.environment.institution_customer_id).toBe(acme.customers[2]!.institutionCustomerId);
    expect(run.environment.skip_groups).toBe(2);
    expect(run.environment.account_id).toBe(seed.accountsByLabel.get('acme:logistics:payroll')!.id);
  });

  it('OAuth V2: client-credentials, password, refresh and revoke flows, retail and business', async () => {
    const collection = selectFolders(loadCollection('OAuthV2'), [['Retail User', 'Access Token'], ['Business User', 'Access Token']]);
    const run = await runCollection(collection, environment);
    expectClean(run, countRequests(collection));
    expect(countRequests(collection)).toBe(22);
    expect(run.summary.run.executions.filter((e) => e.response?.code === (profile === 'strict' ? 400 : 401))).toHaveLength(4);
  });

  it('Recipients: create, list, get, update, delete, validate', async () => {
    const recipients = loadCollection('Recipients');
    const priya = (await call(sandbox, `/v1/recipients?hostUserId=${SEED_USERS.retailRich.userId}`, { token: await accessToken(sandbox) }));
    expect(priya.body.recipients.some((r: any) => r.memberNumber === '1000000006')).toBe(false);

    // Delete runs twice (client credentials, then password): Validate re-creates the recipient in between.
    const first = selectFolders(recipients, [['Create Recipient'], ['List Recipients'], ['Get A Single Recipient'], ['Update Recipient'], ['Delete Recipient', 'Client Credential']]);
    const firstRun = await runCollection(first, environment);
    expectClean(firstRun, countRequests(first));
    expect(firstRun.environment).toMatchObject({
      recipient_user_host_user_id: '1000000006', recipient_user_pass_code: 'PAT',
      recipient_user_account_number: environment.recipient_user_account_number, recipient_user_account_type: 'CHECKING',
      retail_user_account_id: environment.retail_user_account_id,
    });
    const updates = firstRun.summary.run.executions.filter((e) => e.item.name.endsWith('Update Recipient'));
    expect(updates.map((e) => JSON.parse(e.response!.text()).recipients[0].nickName)).toEqual(['test_update_recipient', 'test_update_recipient']);

    const validate = selectFolders(recipients, [['Validate Recipient']]);
    expectClean(await runCollection(validate, environment), countRequests(validate));
    const lastDelete = selectFolders(recipients, [['Delete Recipient', 'Password']]);
    expectClean(await runCollection(lastDelete, environment), countRequests(lastDelete));

    const routes = sandbox.requests().map((e) => e.route);
    for (const route of ['recipient-create', 'recipients', 'recipient', 'recipient-update', 'recipient-delete', 'customers']) expect(routes).toContain(route);
    expect(routes.filter((r) => r === 'recipient-delete')).toHaveLength(2);
  });
});
