import type { AccountGroupResolvers } from '../types.generated.js';

// Same loader key as Location.accounts, so `locations { accounts }` and `accountGroups` together cost one call each.
export const AccountGroup: AccountGroupResolvers = {
  accounts: (group, _args, { loaders }) => loaders.accounts.load({ locationId: group.location.institutionCustomerId }),
};
