import { bankIdOf } from '../../global-id.js';
import { notFoundUserError, userErrorsFrom } from '../../lib/user-errors.js';
import { recipientBody } from '../../lib/recipient-input.js';
import type { MutationResolvers } from '../../types.generated.js';

export const recipientUpdate: NonNullable<MutationResolvers['recipientUpdate']> = async (_parent, { id, input }, { writes }) => {
  const bankId = bankIdOf(id, 'Recipient');
  if (!bankId) return { recipient: null, userErrors: [notFoundUserError(['id'], 'recipient')] };
  const fromAccountId = input.fromAccountId ? bankIdOf(input.fromAccountId, 'Account') : undefined;
  if (fromAccountId === null) return { recipient: null, userErrors: [notFoundUserError(['input', 'fromAccountId'], 'account')] };
  try {
    // Candescent's update carries the id in the body too and rejects a mismatch (REC_12010).
    const recipient = await writes.updateRecipient(bankId, { id: bankId, ...recipientBody(input) }, { fromAccountId });
    return { recipient, userErrors: [] };
  } catch (error) {
    return { recipient: null, userErrors: userErrorsFrom(error) };
  }
};
