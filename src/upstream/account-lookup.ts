import { getAccount } from './accounts.js';
import { isAccountNotFound, isBankCode } from './errors.js';
import { createLimiter } from './limit.js';
import { idsFilter } from './odata.js';
import type { RequestScope } from './loader-scope.js';
import type { AccountDto, InstitutionCustomerDto } from './types.js';

/** Reads the accounts list with a `$filter`, memoised per request (account-loaders.ts). */
export type FetchList = (filter: string | undefined, crossAccount: boolean, institutionCustomerId?: string, byIds?: boolean) => Promise<AccountDto[]>;

/** Calls in flight per lookup batch when the bank must be asked one account at a time. */
const SINGLE_LOOKUP_CONCURRENCY = 8;

/** Thrown inside a batch once another read learned that the bank wants a location: stop sending reads without. */
const LOCATION_REQUIRED = new Error('the bank wants a location on single-account reads');

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Accounts by id for one request, whichever reading of the contract the bank takes (docs/bank-contract.md):
 * retail ids through `id eq … or …` filters, or one simple filter per id where the bank refuses `or`; business
 * ids through single-account reads, with the location where the bank requires one.
 */
export function accountLookup(scope: RequestScope, fetchList: FetchList, locations: () => Promise<InstitutionCustomerDto[]>) {
  const { ctx, options, view } = scope;
  const capabilities = ctx.client.capabilities;
  const limit = createLimiter(SINGLE_LOOKUP_CONCURRENCY);

  const byFilter = async (ids: string[]): Promise<AccountDto[]> => {
    if (ids.length > 1 && capabilities.supports('orFilter')) {
      try {
        const lists = chunked(ids, options.accountIdBatchMax).map((chunk) => fetchList(idsFilter(chunk), true, undefined, true));
        return (await Promise.all(lists)).flat();
      } catch (error) {
        if (!isBankCode(error, 'ACC_00005')) throw error;
        capabilities.refuse('orFilter');
      }
    }
    const lists = ids.map((id) => limit(() => fetchList(idsFilter([id]), true, undefined, true)));
    return (await Promise.all(lists)).flat();
  };

  const readOne = (id: string, institutionCustomerId?: string): Promise<AccountDto | null> => {
    const { viewName, additionalFields } = view();
    return getAccount(ctx, id, { viewName, additionalFields: additionalFields || undefined, institutionCustomerId })
      .catch((error: unknown) => {
        if (isAccountNotFound(error)) return null;
        throw error;
      });
  };
  const found = (accounts: Array<AccountDto | null>) => accounts.filter((account): account is AccountDto => account !== null);

  // A business list call needs a location, which an id alone does not give: read each account directly.
  const byRead = async (ids: string[]): Promise<AccountDto[]> => {
    if (capabilities.supports('accountReadWithoutLocation')) {
      try {
        return found(await Promise.all(ids.map((id) => limit(() => {
          if (!capabilities.supports('accountReadWithoutLocation')) throw LOCATION_REQUIRED;
          return readOne(id);
        }))));
      } catch (error) {
        if (error !== LOCATION_REQUIRED && !isBankCode(error, 'ACC_00410')) throw error;
        capabilities.refuse('accountReadWithoutLocation');
      }
    }
    // The institution user says which locations exist (one call per operation, memoised).
    const all = await locations();
    if (all.length === 1) return found(await Promise.all(ids.map((id) => limit(() => readOne(id, all[0]!.institutionCustomerId)))));
    // Nothing tells an id's location: list each location once, the same calls `locations { accounts }` makes.
    const wanted = new Set(ids);
    const lists = await Promise.all(all.map((location) => fetchList(undefined, true, location.institutionCustomerId)));
    return lists.flat().filter((account) => wanted.has(account.id));
  };

  return (ids: string[]): Promise<AccountDto[]> => (scope.isBusiness ? byRead(ids) : byFilter(ids));
}
