import { bankIdOf } from '../../global-id.js';
import { notFoundUserError, userErrorsFrom } from '../../lib/user-errors.js';
import type { MutationResolvers } from '../../types.generated.js';

export const recipientDelete: NonNullable<MutationResolvers['recipientDelete']> = async (_parent, { id }, { writes }) => {
  const bankId = bankIdOf(id, 'Recipient');
  if (!bankId) return { deletedRecipientId: null, userErrors: [notFoundUserError(['id'], 'recipient')] };
  try {
    await writes.deleteRecipient(bankId);
    return { deletedRecipientId: id, userErrors: [] };
  } catch (error) {
    return { deletedRecipientId: null, userErrors: userErrorsFrom(error) };
  }
};
