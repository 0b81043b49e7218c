// The sandbox's own view of the bank's data (written from the contract; never shared with src/upstream).

export type Category = 'DEPOSIT' | 'LOAN' | 'INVESTMENT' | 'TIERED_LOAN' | 'CROSS_USER_ACCOUNT';
export type Ownership = 'PRIMARY' | 'JOINT' | 'CROSS';
export type UserKind = 'RETAIL' | 'BUSINESS';

export interface Money {
  currencyCode: string;
  amount: number;
}

export interface Term {
  duration: number;
  termType: 'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS' | 'UNKNOWN';
}

/**
 * An account as the bank sends it (contract §3.4: the default external field set, in its order, plus the
 * additionalInfo map). Optional fields are the ones an account may lack; account-projection.ts decides which
 * field sets (viewName) carry each one.
 */
export interface SandboxAccount {
  id: string;
  institutionUserId: string;
  institutionCustomerId?: string;
  institutionId: string;
  description?: string;
  accountNumber: string;
  nickName?: string;
  type: { value: string; fiRawAccountType: number; fiAccountType: number; description: string };
  category: Category;
  currentBalance?: Money;
  availableBalance?: Money;
  status?: Record<string, boolean>;
  allowedActions?: AllowedActions;
  routingNumber?: string;
  interestRate?: number;
  interestYearToDate?: Money;
  micrNumber?: string;
  maturityDate?: string;
  term?: Term;
  escrowBalance?: Money;
  currentPrincipalBalance?: Money;
  nextPaymentAmount?: Money;
  nextPaymentDate?: string;
  payOffAmount?: Money;
  calculatedPayOffAmount?: Money;
  minimumPayment?: Money;
  lineOfCreditLimit?: Money;
  loanOriginationDate?: string;
  pastPrincipalDueDate?: string;
  lastPrincipalPaymentAmount?: Money;
  originalLoanAmount?: Money;
  tpvReference?: string;
  lastStatementBalance?: Money;
  primaryHolderName?: string;
  /** Lenient reading: only with additionalFields=true (docs/bank-contract.md "Accounts"). */
  additionalInfo?: { entry: Array<{ key: string; value: string }> };
  /** Strict reading: visibility and ownership as top-level fields, as Candescent's Postman scripts read them. */
  isVisible?: boolean;
  isHiddenByFi?: boolean;
  ownershipType?: string;
}

/** Fields no viewName set carries: each reading adds its own after the projection (see projectAccount). */
export type ReadingField = 'additionalInfo' | 'isVisible' | 'isHiddenByFi' | 'ownershipType';

/** The fields of an account each viewer sees differently; they live on the Entitlement. */
export type PerViewerField = 'institutionUserId' | 'institutionCustomerId' | 'nickName' | 'category' | 'accountNumber';

/** Bank-side fields of an account, identical for every user who sees it. */
export type AccountFields = Omit<SandboxAccount, PerViewerField | ReadingField>;

export interface TransactionRecord {
  id: string;
  transactionNumber: string;
  transactionDate: string;
  effectiveDate?: string;
  memo: string;
  description: string;
  amount: number;
  type: string;
  isCredit: boolean;
  isPending: boolean;
  checkNumber?: string;
  ledgerBalance?: number;
}

export interface AllowedActions {
  summary: boolean;
  transferFrom: boolean;
  transferTo: boolean;
  isHistoryEnabled: boolean;
  isHistoryEntitled: boolean;
  isOnlineStatementEnabled: boolean;
}

export interface AccountRecord {
  id: string;
  accountNumber: string;
  typeValue: string;
  /** The same object as `fields.allowedActions`, typed for the rules that depend on it. */
  allowedActions: AllowedActions;
  fields: AccountFields;
  /** Newest first (transactionDate descending), the order the bank returns. */
  transactions: TransactionRecord[];
}

export interface CustomerRecord {
  institutionCustomerId: string;
  memberNumber: string;
  memberName: string;
  customerType: UserKind;
  primary?: boolean;
}

/** One user's right to see one account; joint and cross-user accounts have one per viewer. */
export interface Entitlement {
  account: AccountRecord;
  institutionCustomerId: string;
  category: Category;
  ownershipType: Ownership;
  nickName?: string;
  isVisible: boolean;
  /** Memoised response projections keyed by view; cleared when the entitlement changes. */
  views: Map<string, Partial<SandboxAccount>>;
}

export interface RecipientRecord {
  id: string;
  institutionId: string;
  institutionCustomerId: string;
  memberNumber: string;
  accountNumber: string;
  accountType: string;
  email?: string;
  nickName?: string;
  fullName?: string;
}

export interface UserRecord {
  kind: UserKind;
  institutionId: string;
  hostUserId?: string;
  loginId: string;
  password: string;
  institutionUserId: string;
  /** CustomerInformation.loginId: Candescent's 32-hex auth id, not the login name. */
  authId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: string;
  customers: CustomerRecord[];
  entitlements: Entitlement[];
  byAccountId: Map<string, Entitlement>;
  recipients: RecipientRecord[];
}

export interface Seed {
  users: UserRecord[];
  byHostUserId: Map<string, UserRecord>;
  byLoginId: Map<string, UserRecord>;
  byCustomerId: Map<string, UserRecord>;
  byInstitutionUserId: Map<string, UserRecord>;
  /** Seed accounts by their stable label (`alex:everyday-checking`), for tests and demos. */
  accountsByLabel: Map<string, AccountRecord>;
}
