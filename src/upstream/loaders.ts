import DataLoader from 'dataloader';
import { getAccount, listAccounts, updateAccount } from './accounts.js';
import { isNotFoundError } from './errors.js';
import { getInstitutionUser } from './institution-users.js';
import { createLimiter } from './limit.js';
import { allOf, categoriesFilter, idsFilter, typesFilter } from './odata.js';
import { createRecipient, deleteRecipient, getRecipient, listRecipients, updateRecipient } from './recipients.js';
import { NO_RESPONSE_CACHE, type ResponseCache } from './response-cache.js';
import { listTransactions } from './transactions.js';
import type { BankCallContext } from './client.js';
import type {
  AccountCategory,
  AccountDto,
  AccountUpdateDto,
  InstitutionCustomerDto,
  InstitutionUserDto,
  RecipientDto,
  RecipientInputDto,
  TransactionsResponseDto,
} from './types.js';

/** Which fields the operation needs from the bank, decided once per operation (viewName/additionalFields pushdown). */
export interface AccountView {
  viewName?: 's' | 'm';
  additionalFields: boolean;
}

export interface AccountListFilter {
  categories?: readonly AccountCategory[];
  /** Product types (the bank's DIAccountType values). */
  types?: readonly string[];
  includeCrossAccounts?: boolean;
  /** Business location (institutionCustomerId); only business users can narrow by it upstream. */
  locationId?: string;
}

export interface TransactionPageKey {
  account: AccountDto;
  skip: number;
  top: number;
  startDate?: string;
  endDate?: string;
}

export interface LoaderOptions {
  accountIdBatchMax: number;
  transactionsConcurrency: number;
  /** Sees every DataLoader batch (metrics, trace spans); must return `run()`'s result. */
  observeBatch?: BatchObserver;
  /** Keeps this viewer's account lists and locations beyond the request (RESPONSE_CACHE_TTL_SECONDS). */
  responseCache?: ResponseCache;
}

export type BatchObserver = <T>(loader: string, size: number, run: () => Promise<T>) => Promise<T>;

/** Transactions searched for `node(id:)` of a Transaction: one page of its posting date. */
const FIND_TRANSACTION_WINDOW = 100;

/**
 * The DataLoaders and memoised reads of ONE GraphQL request for ONE viewer. Built per request so nothing about a
 * customer outlives the request or is visible to another; every read is deduplicated within the request.
 */
export function createLoaders(ctx: BankCallContext, options: LoaderOptions, view: () => AccountView) {
  // A business user's accounts are addressed per location (the bank answers ACC_00410 otherwise).
  const isBusiness = ctx.user.idType === 'loginId';
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let hit = memo.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      memo.set(key, hit);
    }
    return hit;
  };
  const observed = <K, T>(name: string, load: (keys: readonly K[]) => Promise<T>) => {
    const observe = options.observeBatch;
    return observe ? (keys: readonly K[]) => observe(name, keys.length, () => load(keys)) : load;
  };
  /** Lists whose ids were all fetched, for serving `account(id:)` without another call. */
  const loadedLists: Array<Promise<AccountDto[]>> = [];
  const cache = options.responseCache?.forViewer(ctx.user) ?? NO_RESPONSE_CACHE;
  // Also when the call failed: a write that timed out may still have been applied by the bank.
  const mutation = <T>(write: Promise<T>): Promise<T> => write.finally(() => cache.invalidate());

  const institutionUser = (): Promise<InstitutionUserDto> =>
    once('institutionUser', () => cache.read(['institutionUser'], () => getInstitutionUser(ctx)));
  const locations = async (): Promise<InstitutionCustomerDto[]> => (await institutionUser()).institutionCustomers ?? [];

  /** `byIds`: a lookup of particular accounts, not a list, so not worth a cache entry of its own. */
  const fetchList = (filter: string | undefined, crossAccount: boolean, institutionCustomerId?: string, byIds = false) => {
    const { viewName, additionalFields } = view();
    const params = ['accounts', filter, crossAccount, institutionCustomerId, viewName, additionalFields];
    return once(JSON.stringify(params), () => (byIds ? NO_RESPONSE_CACHE : cache).read(params, async () => {
      const response = await listAccounts(ctx, {
        filter,
        viewName,
        additionalFields: additionalFields || undefined,
        // The bank includes cross accounts by default; only say so when they are excluded.
        crossAccount: crossAccount ? undefined : false,
        institutionCustomerId,
      });
      return response.accounts;
    }));
  };

  /** All accounts matching the filter: 1 call for a retail user, 1 + L concurrent calls for a business user. */
  const accounts = (filter: AccountListFilter = {}): Promise<AccountDto[]> => {
    const odata = allOf([
      ...(filter.categories?.length ? [categoriesFilter(filter.categories)] : []),
      ...(filter.types?.length ? [typesFilter(filter.types)] : []),
    ]);
    const crossAccount = filter.includeCrossAccounts ?? true;
    const complete = !odata && crossAccount;
    let result: Promise<AccountDto[]>;
    if (!isBusiness) {
      const full = fetchList(odata, crossAccount);
      if (complete) loadedLists.push(full);
      result = filter.locationId
        ? full.then((list) => list.filter((a) => a.institutionCustomerId === filter.locationId))
        : full;
    } else if (filter.locationId) {
      result = fetchList(odata, crossAccount, filter.locationId);
      if (complete) loadedLists.push(result);
    } else {
      result = locations().then(async (all) =>
        (await Promise.all(all.map((l) => fetchList(odata, crossAccount, l.institutionCustomerId)))).flat(),
      );
      if (complete) loadedLists.push(result);
    }
    return result;
  };

  const alreadyLoaded = async (): Promise<Map<string, AccountDto>> => {
    const found = new Map<string, AccountDto>();
    // A list that failed is no reason to fail a lookup: the id is then fetched on its own.
    for (const list of await Promise.allSettled(loadedLists)) {
      if (list.status === 'fulfilled') for (const account of list.value) found.set(account.id, account);
    }
    return found;
  };

  const fetchByIds = async (ids: string[]): Promise<AccountDto[]> => {
    if (!isBusiness) {
      const chunks: string[][] = [];
      for (let i = 0; i < ids.length; i += options.accountIdBatchMax) chunks.push(ids.slice(i, i + options.accountIdBatchMax));
      return (await Promise.all(chunks.map((chunk) => fetchList(idsFilter(chunk), true, undefined, true)))).flat();
    }
    // A business list call needs a location, which an id alone does not give: ask for each account directly.
    const { viewName, additionalFields } = view();
    const accounts = await Promise.all(
      ids.map((id) =>
        getAccount(ctx, id, { viewName, additionalFields: additionalFields || undefined }).catch((error: unknown) => {
          if (isNotFoundError(error)) return null;
          throw error;
        }),
      ),
    );
    return accounts.filter((account): account is AccountDto => account !== null);
  };

  const accountById = new DataLoader<string, AccountDto | null>(
    observed('accountById', async (ids) => {
      const found = await alreadyLoaded();
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) for (const account of await fetchByIds(missing)) found.set(account.id, account);
      return ids.map((id) => found.get(id) ?? null);
    }),
    { maxBatchSize: 500 },
  );

  const recipients = (): Promise<RecipientDto[]> =>
    once('recipients', async () => (await listRecipients(ctx)).recipients);

  const recipientById = new DataLoader<string, RecipientDto | null>(observed('recipientById', async (ids) => {
    if (ids.length > 1 || memo.has('recipients')) {
      const byId = new Map((await recipients()).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }
    try {
      return [(await getRecipient(ctx, ids[0])).recipients[0] ?? null];
    } catch (error) {
      if (isNotFoundError(error)) return [null];
      throw error;
    }
  }));

  const limit = createLimiter(options.transactionsConcurrency);
  const transactions = new DataLoader<TransactionPageKey, TransactionsResponseDto, string>(
    observed('transactions', (keys) =>
      Promise.all(
        keys.map((key) =>
          limit(() =>
            listTransactions(ctx, {
              accountId: key.account.id,
              institutionCustomerId: isBusiness ? key.account.institutionCustomerId : undefined,
              skip: key.skip,
              top: key.top,
              startDate: key.startDate,
              endDate: key.endDate,
            }),
          ).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
        ),
      )),
    { cacheKeyFn: (key) => [key.account.id, key.skip, key.top, key.startDate, key.endDate].join('|') },
  );

  /** The bank has no transaction-by-id read: look in the account's history on the transaction's own date. */
  const findTransaction = async (account: AccountDto, transactionId: string, date?: string) => {
    const page = await transactions.load({ account, skip: 0, top: FIND_TRANSACTION_WINDOW, startDate: date, endDate: date });
    return page.transactions.find((t) => t.id === transactionId) ?? null;
  };

  return {
    institutionUser,
    locations,
    accounts,
    accountById,
    recipients,
    recipientById,
    transactions,
    findTransaction,
    async updateAccount(id: string, change: AccountUpdateDto): Promise<AccountDto> {
      const updated = await mutation(updateAccount(ctx, id, change));
      accountById.clear(id).prime(id, updated);
      return updated;
    },
    async createRecipient(input: RecipientInputDto, validation: { validate?: boolean; fromAccountId?: string }) {
      const created = (await mutation(createRecipient(ctx, input, validation))).recipients[0];
      memo.delete('recipients');
      if (created) recipientById.clear(created.id).prime(created.id, created);
      return created ?? null;
    },
    async updateRecipient(id: string, input: RecipientInputDto, validation: { fromAccountId?: string }) {
      const updated = (await mutation(updateRecipient(ctx, id, input, validation))).recipients[0];
      memo.delete('recipients');
      recipientById.clear(id);
      if (updated) recipientById.prime(id, updated);
      return updated ?? null;
    },
    async deleteRecipient(id: string): Promise<void> {
      await mutation(deleteRecipient(ctx, id));
      memo.delete('recipients');
      recipientById.clear(id).prime(id, null);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
