import DataLoader from 'dataloader';
import { accountLookup } from './account-lookup.js';
import { listAccounts } from './accounts.js';
import { isBankCode } from './errors.js';
import { getInstitutionUser } from './institution-users.js';
import { allOf, categoriesFilter, typesFilter } from './odata.js';
import { NO_RESPONSE_CACHE } from './response-cache.js';
import { ALL, eachKey, type All, type RequestScope } from './loader-scope.js';
import type { AccountCategory, AccountDto, InstitutionCustomerDto } from './types.js';

export interface AccountListFilter {
  categories?: readonly AccountCategory[];
  /** Product types (the bank's DIAccountType values). */
  types?: readonly string[];
  includeCrossAccounts?: boolean;
  /** Business location (institutionCustomerId); only business users can narrow by it upstream. */
  locationId?: string;
}

/** What the bank is asked to filter, and what the gateway checks itself on the answer. */
interface ListPlan {
  odata: string | undefined;
  keep: ((account: AccountDto) => boolean) | undefined;
  usesOr: boolean;
}

function listPlan(filter: AccountListFilter, orAllowed: boolean): ListPlan {
  const clauses: string[] = [];
  const checks: Array<(account: AccountDto) => boolean> = [];
  let usesOr = false;
  const narrow = (values: readonly string[] | undefined, clause: (values: readonly string[]) => string, valueOf: (a: AccountDto) => string) => {
    if (!values?.length) return;
    if (values.length === 1 || orAllowed) {
      clauses.push(clause(values));
      usesOr ||= values.length > 1;
      return;
    }
    // The bank refuses `or`: ask for everything and keep the wanted values here.
    const wanted = new Set(values);
    checks.push((account) => wanted.has(valueOf(account)));
  };
  narrow(filter.categories, (values) => categoriesFilter(values as readonly AccountCategory[]), (account) => account.category);
  narrow(filter.types, typesFilter, (account) => account.type.value);
  // A hint only on a bank taking the strict reading: cross-user accounts "may still appear" with crossAccount=false.
  if (filter.includeCrossAccounts === false) checks.push((account) => account.category !== 'CROSS_USER_ACCOUNT');
  if (filter.locationId) checks.push((account) => account.institutionCustomerId === filter.locationId);
  return { odata: allOf(clauses), keep: checks.length > 0 ? (account) => checks.every((check) => check(account)) : undefined, usesOr };
}

/** One accounts list call; the operation's account view is added when it is made. */
export interface AccountListQuery {
  /** OData `$filter` (see odata.ts). */
  filter: string | undefined;
  crossAccount: boolean;
  institutionCustomerId?: string;
  /** A lookup of particular accounts, not a list, so not worth a response-cache entry of its own. */
  byIds?: boolean;
}

export type AccountListLoader = DataLoader<AccountListQuery, AccountDto[], string>;

/** Accounts and locations of one request: lists, and lookups by id batched into `$filter` calls of ACCOUNT_ID_BATCH_MAX. */
export function accountLoaders(scope: RequestScope) {
  const { ctx, view, isBusiness, cache } = scope;
  const capabilities = ctx.client.capabilities;

  const locations = new DataLoader<All, InstitutionCustomerDto[]>((keys) =>
    eachKey(keys, async () => (await cache.read(['institutionUser'], () => getInstitutionUser(ctx))).institutionCustomers ?? []),
  );

  const accountLists: AccountListLoader = new DataLoader(
    (queries) => eachKey(queries, ({ filter, crossAccount, institutionCustomerId, byIds }) => {
      const { viewName, additionalFields } = view();
      const params = ['accounts', filter, crossAccount, institutionCustomerId, viewName, additionalFields];
      return (byIds ? NO_RESPONSE_CACHE : cache).read(params, async () => {
        const response = await listAccounts(ctx, {
          filter,
          viewName,
          additionalFields: additionalFields || undefined,
          // The bank includes cross accounts by default; only say so when they are excluded.
          crossAccount: crossAccount ? undefined : false,
          institutionCustomerId,
        });
        return response.accounts;
      });
    }),
    {
      cacheKeyFn: ({ filter, crossAccount, institutionCustomerId, byIds }) =>
        JSON.stringify([filter, crossAccount, institutionCustomerId, byIds ?? false, view()]),
    },
  );

  const list = (filter: AccountListFilter, plan: ListPlan): Promise<AccountDto[]> => {
    const crossAccount = filter.includeCrossAccounts ?? true;
    let fetched: Promise<AccountDto[]>;
    if (!isBusiness) {
      fetched = accountLists.load({ filter: plan.odata, crossAccount });
    } else if (filter.locationId) {
      fetched = accountLists.load({ filter: plan.odata, crossAccount, institutionCustomerId: filter.locationId });
    } else {
      fetched = locations.load(ALL).then(async (all) =>
        (await Promise.all(all.map((l) => accountLists.load({ filter: plan.odata, crossAccount, institutionCustomerId: l.institutionCustomerId })))).flat(),
      );
    }
    return plan.keep ? fetched.then((accounts) => accounts.filter(plan.keep!)) : fetched;
  };

  /** All accounts matching the filter: 1 call for a retail user, 1 + L concurrent calls for a business user. */
  const matching = async (filter: AccountListFilter): Promise<AccountDto[]> => {
    const plan = listPlan(filter, capabilities.supports('orFilter'));
    try {
      return await list(filter, plan);
    } catch (error) {
      if (!plan.usesOr || !isBankCode(error, 'ACC_00005')) throw error;
      capabilities.refuse('orFilter');
      return list(filter, listPlan(filter, false));
    }
  };
  // Every account of every list asked for is the viewer's, in the operation's view: lookups by id are served from
  // them. Recorded when a list is asked for, not when its batch runs: a lookup batch dispatched first still waits.
  const lists = new Map<string, Promise<AccountDto[]>>();
  const asked: Array<Promise<AccountDto[]>> = [];
  const accounts = new DataLoader<AccountListFilter, AccountDto[], string>((filters) => eachKey(filters, matching), {
    cacheKeyFn: (filter) => JSON.stringify([filter.categories, filter.types, filter.includeCrossAccounts ?? true, filter.locationId]),
    cacheMap: {
      get: (key) => lists.get(key),
      set: (key, list) => {
        asked.push(list);
        lists.set(key, list);
      },
      delete: (key) => lists.delete(key),
      clear: () => lists.clear(),
    },
  });

  const alreadyLoaded = async (): Promise<Map<string, AccountDto>> => {
    const found = new Map<string, AccountDto>();
    // A list that failed is no reason to fail a lookup: the id is then fetched on its own.
    for (const settled of await Promise.allSettled(asked)) {
      if (settled.status === 'fulfilled') for (const account of settled.value) found.set(account.id, account);
    }
    return found;
  };

  const fetchByIds = accountLookup(scope, accountLists, () => locations.load(ALL));

  const accountById = new DataLoader<string, AccountDto | null>(
    scope.observed('accountById', async (ids) => {
      const found = await alreadyLoaded();
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) for (const account of await fetchByIds(missing)) found.set(account.id, account);
      return ids.map((id) => found.get(id) ?? null);
    }),
    // A batch is one `$filter=id eq … or …` call (retail) or that many single reads (business).
    { maxBatchSize: scope.options.accountIdBatchMax },
  );

  return { locations, accountLists, accounts, accountById };
}
