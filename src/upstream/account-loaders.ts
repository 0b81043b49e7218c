import DataLoader from 'dataloader';
import { getAccount, listAccounts, updateAccount } from './accounts.js';
import { isNotFoundError } from './errors.js';
import { getInstitutionUser } from './institution-users.js';
import { allOf, categoriesFilter, idsFilter, typesFilter } from './odata.js';
import { NO_RESPONSE_CACHE } from './response-cache.js';
import type { RequestScope } from './loader-scope.js';
import type { AccountCategory, AccountDto, AccountUpdateDto, InstitutionCustomerDto, InstitutionUserDto } from './types.js';

export interface AccountListFilter {
  categories?: readonly AccountCategory[];
  /** Product types (the bank's DIAccountType values). */
  types?: readonly string[];
  includeCrossAccounts?: boolean;
  /** Business location (institutionCustomerId); only business users can narrow by it upstream. */
  locationId?: string;
}

/** Accounts and locations of one request: lists, lookups by id batched into `$filter` calls, the nickname update. */
export function accountLoaders(scope: RequestScope) {
  const { ctx, options, view, isBusiness, once, cache, loadedLists } = scope;

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
    const found = await Promise.all(
      ids.map((id) =>
        getAccount(ctx, id, { viewName, additionalFields: additionalFields || undefined }).catch((error: unknown) => {
          if (isNotFoundError(error)) return null;
          throw error;
        }),
      ),
    );
    return found.filter((account): account is AccountDto => account !== null);
  };

  const accountById = new DataLoader<string, AccountDto | null>(
    scope.observed('accountById', async (ids) => {
      const found = await alreadyLoaded();
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) for (const account of await fetchByIds(missing)) found.set(account.id, account);
      return ids.map((id) => found.get(id) ?? null);
    }),
    { maxBatchSize: 500 },
  );

  return {
    institutionUser,
    locations,
    accounts,
    accountById,
    async updateAccount(id: string, change: AccountUpdateDto): Promise<AccountDto> {
      const updated = await scope.mutation(updateAccount(ctx, id, change));
      accountById.clear(id).prime(id, updated);
      return updated;
    },
  };
}
