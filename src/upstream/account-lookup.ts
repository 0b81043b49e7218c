import { getAccount } from './accounts.js';
import { isAccountNotFound, isBankCode } from './errors.js';
import { createLimiter } from './limit.js';
import { idsFilter } from './odata.js';
import type { AccountListLoader } from './account-loaders.js';
import type { RequestScope } from './loader-scope.js';
import type { AccountDto, InstitutionCustomerDto } from './types.js';

/** Calls in flight per lookup batch when the bank must be asked one account at a time. */
const SINGLE_LOOKUP_CONCURRENCY = 8;

/** Thrown inside a batch once another read learned that the bank wants a location: stop sending reads without. */
const LOCATION_REQUIRED = new Error('the bank wants a location on single-account reads');

/**
 * Accounts by id for one request, whichever reading of the contract the bank takes (docs/bank-contract.md):
 * retail ids through `id eq … or …` filters, or one simple filter per id where the bank refuses `or`; business
 * ids through single-account reads, with the location where the bank requires one.
 */
export function accountLookup(scope: RequestScope, lists: AccountListLoader, locations: () => Promise<InstitutionCustomerDto[]>) {
  const { ctx, view } = scope;
  const capabilities = ctx.client.capabilities;
  const limit = createLimiter(SINGLE_LOOKUP_CONCURRENCY);

  const byFilter = (ids: string[]) => lists.load({ filter: idsFilter(ids), crossAccount: true, byIds: true });

  // The loader's batch is at most ACCOUNT_ID_BATCH_MAX ids (maxBatchSize): one `$filter` call.
  const byFilters = async (ids: string[]): Promise<AccountDto[]> => {
    if (ids.length > 1 && capabilities.supports('orFilter')) {
      try {
        return await byFilter(ids);
      } catch (error) {
        if (!isBankCode(error, 'ACC_00005')) throw error;
        capabilities.refuse('orFilter');
      }
    }
    return (await Promise.all(ids.map((id) => limit(() => byFilter([id]))))).flat();
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
    const listed = await Promise.all(all.map((location) => lists.load({ filter: undefined, crossAccount: true, institutionCustomerId: location.institutionCustomerId })));
    return listed.flat().filter((account) => wanted.has(account.id));
  };

  return (ids: string[]): Promise<AccountDto[]> => (scope.isBusiness ? byRead(ids) : byFilters(ids));
}
