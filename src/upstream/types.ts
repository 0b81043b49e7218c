// DTOs in the bank's own shape (contract §3–§8, camelCase as Candescent sends them).
// Optional fields are ones the bank may leave out (viewName field sets, masking, account kind).

export type AccountCategory = 'DEPOSIT' | 'LOAN' | 'INVESTMENT' | 'TIERED_LOAN' | 'CROSS_USER_ACCOUNT';

export interface MoneyDto {
  currencyCode: string;
  amount: number;
}

export interface AccountTypeDto {
  value: string;
  fiRawAccountType?: number;
  fiAccountType?: number;
  description?: string;
}

export interface AccountStatusDto {
  open: boolean;
  closed: boolean;
  negativeBalance: boolean;
  delinquent: boolean;
  inCollection: boolean;
  overLimit: boolean;
  writtenOff: boolean;
  creditBalance: boolean;
  paymentCoupon: boolean;
  retirementPlan: boolean;
  retPlanOwnedByDeceased: boolean;
  approved?: boolean;
  notApproved?: boolean;
  deleted?: boolean;
  verified?: boolean;
}

export interface AllowedActionsDto {
  summary: boolean;
  transferFrom: boolean;
  transferTo: boolean;
  isHistoryEnabled: boolean;
  isHistoryEntitled: boolean;
  isOnlineStatementEnabled?: boolean;
}

export interface TermDto {
  duration: number;
  termType: 'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS' | 'UNKNOWN';
}

export interface StringMapDto {
  entry: Array<{ key: string; value: string }>;
}

export interface AccountDto {
  id: string;
  institutionUserId: string;
  institutionCustomerId?: string;
  institutionId: string;
  description?: string;
  nickName?: string;
  accountNumber: string;
  category: AccountCategory;
  type: AccountTypeDto;
  primaryHolderName?: string;
  currentBalance?: MoneyDto;
  availableBalance?: MoneyDto;
  lastStatementBalance?: MoneyDto;
  status?: AccountStatusDto;
  allowedActions?: AllowedActionsDto;
  routingNumber?: string;
  interestRate?: number;
  interestYearToDate?: MoneyDto;
  tpvReference?: string;
  micrNumber?: string;
  escrowBalance?: MoneyDto;
  currentPrincipalBalance?: MoneyDto;
  nextPaymentAmount?: MoneyDto;
  nextPaymentDate?: string;
  payOffAmount?: MoneyDto;
  calculatedPayOffAmount?: MoneyDto;
  minimumPayment?: MoneyDto;
  lineOfCreditLimit?: MoneyDto;
  maturityDate?: string;
  loanOriginationDate?: string;
  term?: TermDto;
  pastPrincipalDueDate?: string;
  lastPrincipalPaymentAmount?: MoneyDto;
  originalLoanAmount?: MoneyDto;
  /** Only with `additionalFields=true`: at least `ownershipType` and `isVisible` (lenient reading, docs/bank-contract.md). */
  additionalInfo?: StringMapDto;
  /** The strict reading sends visibility and ownership as top-level fields instead. */
  isVisible?: boolean;
  isHiddenByFi?: boolean;
  ownershipType?: string;
}

export interface AccountsResponseDto {
  accounts: AccountDto[];
  /** Only on grouped (`$apply=groupBy(customer)`) requests. */
  totalGroupCount?: number;
}

export interface AccountUpdateDto {
  nickName?: string;
  isVisible?: boolean;
}

export interface InstitutionCustomerDto {
  institutionCustomerId: string;
  memberNumber?: string;
  memberName?: string;
  customerType?: 'RETAIL' | 'BUSINESS';
  primary?: boolean;
}

export interface InstitutionUserDto {
  institutionUserId: string;
  institutionId: string;
  institutionUserType: 'RETAIL' | 'BUSINESS';
  institutionUserRole?: string;
  userId: string;
  userName: string;
  firstName?: string;
  lastName?: string;
  fullName?: string;
  email?: string;
  institutionCustomers?: InstitutionCustomerDto[];
}

export interface RecipientDto {
  id: string;
  institutionId?: string;
  institutionCustomerId?: string;
  memberNumber?: string;
  accountNumber?: string;
  accountType?: string;
  email?: string;
  nickName?: string;
  fullName?: string;
}

export interface RecipientsResponseDto {
  recipients: RecipientDto[];
}

export interface RecipientInputDto {
  id?: string;
  nickName?: string;
  memberNumber?: string;
  accountNumber?: string;
  accountType?: string;
  passCode?: string;
  email?: string;
  fullName?: string;
}

export interface TransactionDto {
  id: string;
  accountId: string;
  institutionId: string;
  institutionUserId: string;
  institutionCustomerId?: string;
  transactionNumber?: string;
  hostTransactionId?: string;
  transactionDate?: string;
  effectiveDate?: string;
  memo?: string;
  description?: string;
  amount: MoneyDto;
  fee?: MoneyDto;
  ledgerBalance?: MoneyDto;
  type: string;
  checkNumber?: string;
  isCreditTransaction: boolean;
  isExportable: boolean;
  isPending: boolean;
  additionalInfo?: StringMapDto;
}

export interface PaginationDto {
  count: number;
  top: number;
  previous?: string;
  next?: string;
}

export interface TransactionsResponseDto {
  transactions: TransactionDto[];
  pagination?: PaginationDto;
  additionalInfo?: StringMapDto;
}

/** Who the bank should act for: the signed-in customer, never chosen by the GraphQL caller. */
export interface UserContext {
  userId: string;
  idType: 'hostUserId' | 'loginId';
}
