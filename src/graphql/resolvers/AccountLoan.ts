import type { AccountLoanResolvers } from '../types.generated.js';

export const AccountLoan: AccountLoanResolvers = {
  nextPayment: (loan) => (loan.nextPaymentAmount || loan.nextPaymentDate ? loan : null),
  payoffAmount: (loan) => loan.payOffAmount ?? null,
  calculatedPayoffAmount: (loan) => loan.calculatedPayOffAmount ?? null,
  originalAmount: (loan) => loan.originalLoanAmount ?? null,
  originationDate: (loan) => loan.loanOriginationDate ?? null,
  lastPrincipalPayment: (loan) => loan.lastPrincipalPaymentAmount ?? null,
};
