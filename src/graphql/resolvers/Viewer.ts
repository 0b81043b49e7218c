import { notFound } from '../../errors.js';
import { bankIdOf, viewerGlobalId } from '../global-id.js';
import { offsetConnection, offsetPage } from '../lib/paging.js';
import { accountsFor } from '../lib/account-filter.js';
import { ALL } from '../../upstream/loaders.js';
import type { ViewerResolvers } from '../types.generated.js';

const MAX_GROUPS_PER_PAGE = 25;

export const Viewer: ViewerResolvers = {
  id: (_viewer, _args, { viewer }) => viewerGlobalId(viewer),

  accounts: (_viewer, { filter }, { loaders }) => accountsFor(loaders, filter),

  account: async (_viewer, { id }, { loaders }) => {
    const bankId = bankIdOf(id, 'Account');
    const account = bankId ? await loaders.accountById.load(bankId) : null;
    if (!account) throw notFound('Account');
    return account;
  },

  locations: (_viewer, _args, { loaders }) => loaders.locations.load(ALL),

  accountGroups: async (_viewer, { first, after }, { loaders }) => {
    const { offset, limit } = offsetPage('group', first, after, MAX_GROUPS_PER_PAGE, 5);
    // Group n is the n-th of the user's institutionCustomers: the bank's own $skipGroups order (docs/bank-contract.md).
    const locations = await loaders.locations.load(ALL);
    const groups = locations.slice(offset, offset + limit).map((location, i) => ({ index: offset + i, location }));
    return offsetConnection('group', offset, groups, locations.length);
  },

  recipients: (_viewer, _args, { loaders }) => loaders.recipients.load(ALL),

  recipient: async (_viewer, { id }, { loaders }) => {
    const bankId = bankIdOf(id, 'Recipient');
    const recipient = bankId ? await loaders.recipientById.load(bankId) : null;
    if (!recipient) throw notFound('Recipient');
    return recipient;
  },
};
