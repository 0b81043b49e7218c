import { bankIdOf } from '../../global-id.js';
import { notFoundUserError, userErrorsFrom } from '../../lib/user-errors.js';
import type { MutationResolvers } from '../../types.generated.js';

export const recipientDelete: NonNullable<MutationResolvers['recipientDelete']> = async (_parent, { id }, { loaders }) => {
  const bankId = bankIdOf(id, 'Recipient');
  if (!bankId) return { deletedRecipientId: null, userErrors: [notFoundUserError(['id'], 'recipient')] };
  try {
    await loaders.deleteRecipient(bankId);
    return { deletedRecipientId: id, userErrors: [] };
  } catch (error) {
    return { deletedRecipientId: null, userErrors: userErrorsFrom(error) };
  }
};
