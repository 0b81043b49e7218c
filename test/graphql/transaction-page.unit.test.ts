import { describe, expect, it } from 'vitest';
import { offsetCursor } from '../../src/graphql/lib/paging.js';
import { transactionConnection, WHOLE_WINDOW_MAX } from '../../src/graphql/lib/transaction-page.js';
import type { Loaders } from '../../src/upstream/loaders.js';
import type { AccountDto, TransactionDto, TransactionsResponseDto } from '../../src/upstream/types.js';

const account = { id: 'a1' } as AccountDto;
const row = (i: number) => ({ id: `t${i}`, amount: { amount: i, currencyCode: 'USD' }, isCreditTransaction: i % 2 === 0 }) as TransactionDto;

/** Loaders whose bank answers every history call with `answer`, recording the $skip/$top it was asked for. */
function bank(answer: TransactionsResponseDto) {
  const asked: Array<[number, number]> = [];
  const loaders = {
    transactions: { load: async (key: { skip: number; top: number }) => (asked.push([key.skip, key.top]), answer) },
  } as unknown as Loaders;
  return { loaders, asked };
}

describe('transactionConnection (offsets and whole windows)', () => {
  it('refuses to filter a window larger than one call returns, rather than count part of it', async () => {
    const { loaders } = bank({ transactions: [row(1)], pagination: { count: WHOLE_WINDOW_MAX + 1, top: WHOLE_WINDOW_MAX } });
    const matcher = { key: 'k', matches: () => true };
    await expect(transactionConnection(loaders, account, { first: 5, matcher })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(transactionConnection(loaders, account, { last: 5 })).rejects.toThrow(/narrow it/);
  });

  it('selects nothing between crossing cursors, and still learns the count from one call', async () => {
    const { loaders, asked } = bank({ transactions: [row(1)], pagination: { count: 9, top: 1 } });
    const after = offsetCursor('tx//', 5);
    const before = offsetCursor('tx//', 3);
    const page = await transactionConnection(loaders, account, { first: 2, after, before });
    expect(page).toMatchObject({ edges: [], totalCount: 9, pageInfo: { hasPreviousPage: true, hasNextPage: true } });
    expect(asked).toEqual([[6, 1]]);
  });

  it('pages the last rows of a window the bank sent whole', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => row(i));
    const { loaders } = bank({ transactions: rows });
    const page = await transactionConnection(loaders, account, { last: 3, before: offsetCursor('tx//', 6) });
    expect(page).toMatchObject({ nodes: [{ id: 't3' }, { id: 't4' }, { id: 't5' }] });
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});
