import { toGlobalId } from '../global-id.js';
import type { LocationResolvers } from '../types.generated.js';

export const Location: LocationResolvers = {
  id: (location) => toGlobalId('Location', location.institutionCustomerId),
  internalId: (location) => location.institutionCustomerId,
  name: (location) => location.memberName ?? null,
  isPrimary: (location) => location.primary === true,
  accounts: (location, _args, { loaders }) => loaders.accounts.load({ locationId: location.institutionCustomerId }),
};
