import { bankIdOf } from '../global-id.js';
import { isVisible } from './account-fields.js';
import { ALL, type Loaders } from '../../upstream/loaders.js';
import type { AccountDto } from '../../upstream/types.js';
import type { AccountFilter } from '../types.generated.js';

/** Viewer.accounts and Location.accounts: pushes what the bank can filter, applies the rest to its answer. */
export async function accountsFor(loaders: Loaders, filter: AccountFilter | null | undefined): Promise<AccountDto[]> {
  // An empty list matches nothing (schema); asking the bank would be a wasted call.
  if (filter?.categories?.length === 0 || filter?.types?.length === 0) return [];
  let locationId: string | undefined;
  if (filter?.locationId) {
    const bankId = bankIdOf(filter.locationId, 'Location');
    if (!bankId || !(await loaders.locations.load(ALL)).some((l) => l.institutionCustomerId === bankId)) return [];
    locationId = bankId;
  }
  const accounts = await loaders.accounts.load({
    categories: filter?.categories ?? undefined,
    types: filter?.types ?? undefined,
    includeCrossAccounts: filter?.includeCrossAccounts ?? true,
    locationId,
  });
  const visibility = filter?.isVisible;
  return visibility === undefined || visibility === null ? accounts : accounts.filter((a) => isVisible(a) === visibility);
}
