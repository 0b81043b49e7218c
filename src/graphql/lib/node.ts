import { fromGlobalId, splitTransactionBankId, viewerGlobalId } from '../global-id.js';
import type { Context } from '../../context.js';
import { ALL, findTransaction } from '../../upstream/loaders.js';
import type { ResolversTypes } from '../types.generated.js';

type NodeResult = ResolversTypes['Node'] | null;

/**
 * Resolves any global id through the viewer's own loaders, so the bank checks entitlement with the viewer's user
 * context: an id forged from another customer's bank id finds nothing.
 */
export async function loadNode(id: string, { loaders, viewer }: Context): Promise<NodeResult> {
  const parsed = fromGlobalId(id);
  if (!parsed) return null;
  switch (parsed.type) {
    case 'Viewer':
      // Another user's viewer id is as unknown here as their accounts are.
      return id === viewerGlobalId(viewer) ? { __typename: 'Viewer' } : null;
    case 'Account': {
      const account = await loaders.accountById.load(parsed.bankId);
      return account && { __typename: 'Account', ...account };
    }
    case 'Recipient': {
      const recipient = await loaders.recipientById.load(parsed.bankId);
      return recipient && { __typename: 'Recipient', ...recipient };
    }
    case 'Location': {
      const location = (await loaders.locations.load(ALL)).find((l) => l.institutionCustomerId === parsed.bankId);
      return location ? { __typename: 'Location', ...location } : null;
    }
    case 'Transaction': {
      const ref = splitTransactionBankId(parsed.bankId);
      const account = ref && (await loaders.accountById.load(ref.accountId));
      if (!ref || !account) return null;
      const transaction = await findTransaction(loaders.transactions, account, ref.transactionId, ref.date);
      return transaction ? { __typename: 'Transaction', ...transaction } : null;
    }
  }
}

