import { describe, expect, it } from 'vitest';
import DataLoader from 'dataloader';
import { createRequestBank } from '../../src/upstream/loaders.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { createBankCapabilities } from '../../src/upstream/capabilities.js';
import type { BankClient, BankRequest } from '../../src/upstream/client.js';
import type { AccountDto } from '../../src/upstream/types.js';

// Loader contract tests in DataLoader's own style: a recording client, assertions on the batches made and on
// the order of the results. The wire itself is covered by the integration tests against the sandbox.

const account = (id: string): AccountDto => ({
  id, institutionUserId: 'U', institutionId: '00016', accountNumber: '0001', category: 'DEPOSIT', type: { value: 'CHECKING' },
});

function recordingClient(answer: (request: BankRequest) => unknown) {
  const calls: BankRequest[] = [];
  const client = {
    capabilities: createBankCapabilities(true),
    async request(request: BankRequest) {
      calls.push(request);
      const body = answer(request);
      if (body instanceof Error) throw body;
      return { status: 200, body, transactionId: 't' };
    },
  } as unknown as BankClient;
  return { client, calls };
}

/** Answers a `$filter=id eq '…' or …` call with the ids it names that exist. */
const byFilter = (existing: Set<string>) => (request: BankRequest) => ({
  accounts: [...String(request.query?.$filter).matchAll(/id eq '([^']+)'/g)].map((m) => m[1]).filter((id) => existing.has(id)).map(account),
});

const retail = { userId: '1000000001', idType: 'hostUserId' as const };
const view = () => ({ viewName: 's' as const, additionalFields: false });

describe('account loaders', () => {
  it('are DataLoaders only: writes are not reads', () => {
    const { client } = recordingClient(() => ({}));
    const { loaders, writes } = createRequestBank({ client, user: retail }, { accountIdBatchMax: 50, transactionsConcurrency: 4 }, view);
    expect(Object.entries(loaders).filter(([, loader]) => !(loader instanceof DataLoader))).toEqual([]);
    expect(Object.keys(writes)).toEqual(expect.arrayContaining(['updateAccount', 'createRecipient', 'deleteRecipient']));
  });

  it('answers in key order, with null for ids the bank does not return, from one call', async () => {
    const { client, calls } = recordingClient(byFilter(new Set(['a', 'c'])));
    const loaders = createRequestBank({ client, user: retail }, { accountIdBatchMax: 50, transactionsConcurrency: 4 }, view).loaders;
    const results = await Promise.all(['c', 'b', 'a'].map((id) => loaders.accountById.load(id)));
    expect(results.map((r) => r?.id ?? null)).toEqual(['c', null, 'a']);
    expect(calls).toHaveLength(1);
    expect(calls[0].query).toMatchObject({ hostUserId: '1000000001', viewName: 's', $filter: "id eq 'c' or id eq 'b' or id eq 'a'" });
  });

  it('splits the ids into chunks of accountIdBatchMax', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `id${i}`);
    const { client, calls } = recordingClient(byFilter(new Set(ids)));
    const loaders = createRequestBank({ client, user: retail }, { accountIdBatchMax: 3, transactionsConcurrency: 4 }, view).loaders;
    await Promise.all(ids.map((id) => loaders.accountById.load(id)));
    expect(calls.map((c) => String(c.query?.$filter).split(' or ').length)).toEqual([3, 3, 1]);
  });

  it('serves lookups from the full list loaded in the same request', async () => {
    const { client, calls } = recordingClient(() => ({ accounts: ['a', 'b'].map(account) }));
    const loaders = createRequestBank({ client, user: retail }, { accountIdBatchMax: 50, transactionsConcurrency: 4 }, view).loaders;
    const [list, b] = await Promise.all([loaders.accounts.load({}), loaders.accountById.load('b')]);
    expect(list).toHaveLength(2);
    expect(b?.id).toBe('b');
    expect(calls).toHaveLength(1);
    expect(calls[0].query?.$filter).toBeUndefined();
  });

  it('asks a business user\'s accounts by id one by one, turning ACC_00012 into null', async () => {
    const { client, calls } = recordingClient((request) =>
      request.id === 'gone'
        ? new UpstreamError({ service: 'accounts', kind: 'http', status: 404, code: 'ACC_00012', message: 'Data not found', retryable: false })
        : account(request.id!),
    );
    const loaders = createRequestBank({ client, user: { userId: 'acme.admin', idType: 'loginId' } }, { accountIdBatchMax: 50, transactionsConcurrency: 4 }, view).loaders;
    const results = await Promise.all(['x', 'gone'].map((id) => loaders.accountById.load(id)));
    expect(results.map((r) => r?.id ?? null)).toEqual(['x', null]);
    expect(calls.map((c) => c.id)).toEqual(['x', 'gone']);
  });
});

describe('transaction loaders', () => {
  it('keeps at most transactionsConcurrency calls in flight and answers each key', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const release: Array<() => void> = [];
    const client = {
      capabilities: createBankCapabilities(false),
      request(request: BankRequest) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return new Promise((resolve) => release.push(() => {
          inFlight--;
          resolve({ status: 200, body: { transactions: [], pagination: { count: Number(request.query?.accountId === 'a1') , top: 1 } }, transactionId: 't' });
        }));
      },
    } as unknown as BankClient;
    const loaders = createRequestBank({ client, user: retail }, { accountIdBatchMax: 50, transactionsConcurrency: 2 }, view).loaders;
    const pages = Promise.all(['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => loaders.transactions.load({ account: account(id), skip: 0, top: 1 })));
    // Release calls one at a time as they arrive, until all five have been made.
    for (let released = 0; released < 5; released++) {
      await expect.poll(() => release.length).toBeGreaterThan(0);
      release.shift()!();
    }
    expect((await pages).map((p) => p.pagination?.count)).toEqual([1, 0, 0, 0, 0]);
    expect(maxInFlight).toBe(2);
  });
});
