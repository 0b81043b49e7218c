import type { AccountDto, AccountStatusDto, AccountTypeDto, AllowedActionsDto, TermDto } from '../../upstream/types.js';

export type AccountMapper = AccountDto;
export type AccountTypeMapper = AccountTypeDto;
export type AccountStatusMapper = AccountStatusDto;
export type AccountActionsMapper = AllowedActionsDto;
export type TermMapper = TermDto;

// The grouping objects below are slices of the flat bank account, so `Account.balance` etc. can return the parent
// AccountDto itself; each Pick names the bank fields its GraphQL type is built from.
export type AccountBalanceMapper = Pick<AccountDto, 'currentBalance' | 'availableBalance' | 'lastStatementBalance'>;
export type AccountInterestMapper = Pick<AccountDto, 'interestRate' | 'interestYearToDate'>;
export type AccountCertificateMapper = Pick<AccountDto, 'term' | 'maturityDate'>;
export type LoanPaymentMapper = Pick<AccountDto, 'nextPaymentAmount' | 'nextPaymentDate'>;
export type AccountLoanMapper = Pick<
  AccountDto,
  | 'nextPaymentAmount'
  | 'nextPaymentDate'
  | 'payOffAmount'
  | 'calculatedPayOffAmount'
  | 'minimumPayment'
  | 'lineOfCreditLimit'
  | 'originalLoanAmount'
  | 'loanOriginationDate'
  | 'currentPrincipalBalance'
  | 'escrowBalance'
  | 'lastPrincipalPaymentAmount'
  | 'pastPrincipalDueDate'
  | 'term'
  | 'maturityDate'
>;
