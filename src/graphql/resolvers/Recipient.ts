import { toGlobalId } from '../global-id.js';
import { enumOrFallback } from '../lib/enums.js';
import type { RecipientAccountType, RecipientResolvers } from '../types.generated.js';

export const Recipient: RecipientResolvers = {
  id: (recipient) => toGlobalId('Recipient', recipient.id),
  internalId: (recipient) => recipient.id,
  // The recipient's account belongs to another customer: only its last 4 digits are ever shown (DECISIONS.md).
  accountNumber: (recipient) => (recipient.accountNumber ? recipient.accountNumber.slice(-4) : null),
  accountType: (recipient, _args, _context, info) =>
    enumOrFallback<RecipientAccountType, null>(info, 'RecipientAccountType', recipient.accountType, null),
};
