import type { InstitutionCustomerDto } from '../../upstream/types.js';

/**
 * One location group. Its accounts are loaded by `AccountGroup.accounts`, not by the connection resolver, so that one
 * group's failed bank call nulls only that group's accounts.
 */
export interface AccountGroupMapper {
  /** Zero-based position of the group: the bank's `$skipGroups`. */
  index: number;
  /** Entry `index` of the user's `institutionCustomers`: the bank orders groups the same way (docs/bank-contract.md). */
  location: InstitutionCustomerDto;
}
