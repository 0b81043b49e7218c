import type { LoanPaymentResolvers } from '../types.generated.js';

export const LoanPayment: LoanPaymentResolvers = {
  amount: (loan) => loan.nextPaymentAmount ?? null,
  dueDate: (loan) => loan.nextPaymentDate ?? null,
};
