import type { AccountStatusResolvers } from '../types.generated.js';

// Renames only: the bank's flags read as nouns (`open`), ours as predicates (`isOpen`). Optional flags stay nullable.
export const AccountStatus: AccountStatusResolvers = {
  isOpen: (status) => status.open,
  isClosed: (status) => status.closed,
  isNegativeBalance: (status) => status.negativeBalance,
  isDelinquent: (status) => status.delinquent,
  isInCollection: (status) => status.inCollection,
  isOverLimit: (status) => status.overLimit,
  isWrittenOff: (status) => status.writtenOff,
  hasCreditBalance: (status) => status.creditBalance,
  hasPaymentCoupon: (status) => status.paymentCoupon,
  isRetirementPlan: (status) => status.retirementPlan,
  isRetirementPlanOwnedByDeceased: (status) => status.retPlanOwnedByDeceased,
  isApproved: (status) => status.approved ?? null,
  isNotApproved: (status) => status.notApproved ?? null,
  isDeleted: (status) => status.deleted ?? null,
  isVerified: (status) => status.verified ?? null,
};
