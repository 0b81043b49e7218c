import { toGlobalId } from '../global-id.js';
import { lastFour } from '../lib/account-fields.js';
import { enumOrFallback } from '../lib/enums.js';
import type { RecipientAccountType, RecipientResolvers } from '../types.generated.js';

export const Recipient: RecipientResolvers = {
  id: (recipient) => toGlobalId('Recipient', recipient.id),
  internalId: (recipient) => recipient.id,
  // The recipient's account belongs to another customer: only its last 4 digits are ever shown (docs/bank-contract.md).
  accountNumber: (recipient) => lastFour(recipient.accountNumber),
  accountType: (recipient, _args, _context, info) =>
    enumOrFallback<RecipientAccountType, null>(info, 'RecipientAccountType', recipient.accountType, null),
};
