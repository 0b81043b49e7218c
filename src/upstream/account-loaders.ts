import DataLoader from 'dataloader';
import { accountLookup } from './account-lookup.js';
import { listAccounts, updateAccount } from './accounts.js';
import { AccountUpdateUnsupportedError, isBankCode } from './errors.js';
import { getInstitutionUser } from './institution-users.js';
import { allOf, categoriesFilter, typesFilter } from './odata.js';
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

/** Accounts and locations of one request: lists, lookups by id batched into `$filter` calls, the nickname update. */
export function accountLoaders(scope: RequestScope) {
  const { ctx, view, isBusiness, once, cache, loadedLists } = scope;
  const capabilities = ctx.client.capabilities;

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

  const list = (filter: AccountListFilter, plan: ListPlan): Promise<AccountDto[]> => {
    const crossAccount = filter.includeCrossAccounts ?? true;
    let fetched: Promise<AccountDto[]>;
    if (!isBusiness) {
      fetched = fetchList(plan.odata, crossAccount);
    } else if (filter.locationId) {
      fetched = fetchList(plan.odata, crossAccount, filter.locationId);
    } else {
      fetched = locations().then(async (all) =>
        (await Promise.all(all.map((l) => fetchList(plan.odata, crossAccount, l.institutionCustomerId)))).flat(),
      );
    }
    if (!plan.odata && crossAccount) loadedLists.push(fetched);
    return plan.keep ? fetched.then((accounts) => accounts.filter(plan.keep!)) : fetched;
  };

  /** All accounts matching the filter: 1 call for a retail user, 1 + L concurrent calls for a business user. */
  const accounts = async (filter: AccountListFilter = {}): Promise<AccountDto[]> => {
    const plan = listPlan(filter, capabilities.supports('orFilter'));
    try {
      return await list(filter, plan);
    } catch (error) {
      if (!plan.usesOr || !isBankCode(error, 'ACC_00005')) throw error;
      capabilities.refuse('orFilter');
      return list(filter, listPlan(filter, false));
    }
  };

  const alreadyLoaded = async (): Promise<Map<string, AccountDto>> => {
    const found = new Map<string, AccountDto>();
    // A list that failed is no reason to fail a lookup: the id is then fetched on its own.
    for (const settled of await Promise.allSettled(loadedLists)) {
      if (settled.status === 'fulfilled') for (const account of settled.value) found.set(account.id, account);
    }
    return found;
  };

  const fetchByIds = accountLookup(scope, fetchList, locations);

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
    /** Whether account updates are sent at all (ACCOUNT_UPDATE=patch). */
    accountUpdateEnabled: capabilities.accountUpdate,
    async updateAccount(id: string, change: AccountUpdateDto): Promise<AccountDto> {
      // No Candescent source defines an update endpoint: it is sent only where the deployment opted in.
      if (!capabilities.accountUpdate) throw new AccountUpdateUnsupportedError('account updates are off (ACCOUNT_UPDATE)');
      const updated = await scope.mutation(updateAccount(ctx, id, change));
      accountById.clear(id).prime(id, updated);
      return updated;
    },
  };
}
