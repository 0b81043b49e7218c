import { bankIdOf } from '../../global-id.js';
import { notFoundUserError, userErrorsFrom } from '../../lib/user-errors.js';
import { recipientBody } from '../../lib/recipient-input.js';
import type { MutationResolvers } from '../../types.generated.js';

export const recipientCreate: NonNullable<MutationResolvers['recipientCreate']> = async (_parent, { input }, { writes }) => {
  const fromAccountId = input.fromAccountId ? bankIdOf(input.fromAccountId, 'Account') : undefined;
  if (fromAccountId === null) return { recipient: null, userErrors: [notFoundUserError(['input', 'fromAccountId'], 'account')] };
  try {
    const recipient = await writes.createRecipient(recipientBody(input), { validate: input.validate ?? false, fromAccountId });
    return { recipient, userErrors: [] };
  } catch (error) {
    return { recipient: null, userErrors: userErrorsFrom(error) };
  }
};
