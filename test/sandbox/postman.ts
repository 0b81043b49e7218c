// Runs Candescent's own Postman collections with newman (as a library) against a sandbox, with an
// environment generated from the seed.
import { readFileSync } from 'node:fs';
import newman, { type NewmanRunSummary } from 'newman';
import { DEFAULT_CLIENT, SEED_USERS, type Sandbox } from '../../src/sandbox/index.js';
import type { Seed } from '../../src/sandbox/model.js';

// Verbatim copies of Candescent's public collections (SOURCE.md beside them), kept in the repo so the test runs anywhere.
const COLLECTIONS = new URL('./fixtures/postman/', import.meta.url);

interface Item {
  name: string;
  item?: Item[];
  request?: unknown;
  [key: string]: unknown;
}

export function loadCollection(name: string): Item {
  return JSON.parse(readFileSync(new URL(`${name}.postman_collection.json`, COLLECTIONS), 'utf8')) as Item;
}

// Folder names start with emoji ("🔗 Get List of Accounts"); paths name them without.
const plainName = (item: Item) => item.name.replace(/^\P{L}+/u, '');

/** The collection reduced to the given folder paths (in collection order), ancestors' scripts kept. */
export function selectFolders(collection: Item, paths: string[][]): Item {
  const prune = (item: Item, wanted: string[][]): Item => {
    if (wanted.some((path) => path.length === 0)) return item;
    const children = (item.item ?? []).flatMap((child) => {
      const below = wanted.filter((path) => path[0] === plainName(child)).map((path) => path.slice(1));
      return below.length === 0 ? [] : [prune(child, below)];
    });
    return { ...item, item: children };
  };
  return prune(collection, paths);
}

export function countRequests(item: Item): number {
  return item.request !== undefined ? 1 : (item.item ?? []).reduce((sum, child) => sum + countRequests(child), 0);
}

export function postmanEnvironment(sandbox: Sandbox, seed: Seed): Record<string, string> {
  const alex = seed.byLoginId.get(SEED_USERS.retailRich.loginId)!;
  const acme = seed.byLoginId.get(SEED_USERS.business.loginId)!;
  const priya = seed.byLoginId.get('priya.patel')!;
  const location = acme.customers[2]!;
  const priyaChecking = seed.accountsByLabel.get('priya:checking')!;
  return {
    apigee_base_url: sandbox.url,
    client_id: DEFAULT_CLIENT.clientId,
    client_secret: DEFAULT_CLIENT.clientSecret,
    institution_id: DEFAULT_CLIENT.institutionId,
    retail_user_host_user_id: SEED_USERS.retailRich.userId,
    retail_user_login_id: SEED_USERS.retailRich.loginId,
    retail_user_password: SEED_USERS.retailRich.password,
    retail_customer_id: alex.customers[0]!.institutionCustomerId,
    retail_user_institution_user_id: alex.institutionUserId,
    retail_user_account_number: seed.accountsByLabel.get('alex:everyday-checking')!.accountNumber,
    retail_user_account_id: seed.accountsByLabel.get('alex:everyday-checking')!.id,
    business_user_login_id: SEED_USERS.business.loginId,
    business_user_password: SEED_USERS.business.password,
    business_user_institution_user_id: acme.institutionUserId,
    business_tin: location.memberNumber,
    business_user_account_number: seed.accountsByLabel.get('acme:logistics:payroll')!.accountNumber,
    recipient_user_login_id: priya.loginId,
    recipient_user_host_user_id: priya.hostUserId!,
    recipient_user_pass_code: 'PAT',
    recipient_user_email_address: priya.email,
    recipient_user_account_number: priyaChecking.accountNumber,
    recipient_user_account_type: priyaChecking.typeValue,
  };
}

export interface PostmanRun {
  summary: NewmanRunSummary;
  urls: string[];
  environment: Record<string, unknown>;
}

export function runCollection(collection: Item, environment: Record<string, string>): Promise<PostmanRun> {
  const urls: string[] = [];
  const values = Object.entries(environment).map(([key, value]) => ({ key, value, type: 'default', enabled: true }));
  return new Promise((resolve, reject) => {
    newman.run({ collection, environment: { name: 'sandbox', values }, timeoutRequest: 5_000 }, (error, summary) => {
      if (error) reject(error);
      else resolve({ summary, urls, environment: summary.environment.values.toObject() });
    }).on('beforeRequest', (_error: unknown, args: { request: { url: { toString(): string } } }) => {
      urls.push(args.request.url.toString());
    });
  });
}
