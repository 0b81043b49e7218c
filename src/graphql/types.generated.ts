import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccountMapper, AccountActionsMapper, AccountBalanceMapper, AccountCertificateMapper, AccountInterestMapper, AccountLoanMapper, AccountStatusMapper, AccountTypeMapper, LoanPaymentMapper, TermMapper } from './mappers/account.mappers.js';
import type { AccountGroupMapper } from './mappers/group.mappers.js';
import type { LocationMapper } from './mappers/location.mappers.js';
import type { MoneyMapper, ViewerMapper } from './mappers/base.mappers.js';
import type { RecipientMapper } from './mappers/recipient.mappers.js';
import type { TransactionMapper } from './mappers/transaction.mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 4217 alphabetic currency code: three upper-case letters, e.g. `"USD"`. A string scalar rather than an enum on purpose: the bank may send any ISO 4217 code (including historic ones), and a code this API did not list must not make the whole response fail. */
  CurrencyCode: { input: string; output: string; }
  /** A calendar date without time or time zone, as `YYYY-MM-DD` (RFC 3339 full-date), e.g. `"2026-03-15"`. Dates are the bank's business dates; do not convert them to a local time zone. */
  Date: { input: string; output: string; }
  /** An exact decimal number serialised as a string, e.g. `"4554.24"`, `"-12.5"`, `"443572"`. Never a float: parse it with a decimal library (or integer minor units) before doing arithmetic. The value is the exact amount the bank reports, never rounded. Where it is an amount of money (`Money.amount`) it is padded to the currency's minor units (`"443572.00"` USD, `"1500"` JPY). As input it accepts the same form: an optional `-`, digits, and an optional fraction (`"10"`, `"10.5"`). */
  Decimal: { input: string; output: string | number; }
};

/** A bank account the viewer may see: a deposit, loan, investment or cross-member account. Fields the bank does not report for this account (or for the request's field set) are null; null never means zero. */
export type Account = Node & {
  __typename?: 'Account';
  /** The account number as the bank shows it to this client: normally masked to the last 4 digits (e.g. "0101"); the full number only when the gateway holds the bank's unmasked-read permission. Display it as "••0101"; never use it as an identifier. */
  accountNumber: Scalars['String']['output'];
  /** What the customer may do with the account (transfers, history, statements). Null when the bank did not report it; treat null as "nothing allowed". */
  allowedActions?: Maybe<AccountActions>;
  /** Current, available and statement balances. */
  balance: AccountBalance;
  /** Broad family of the account (deposit, loan, investment …). Use it to group accounts on screen. */
  category: AccountCategory;
  /** Term and maturity of a certificate of deposit. Null unless `type.code` is `CERT_OF_DEPOSIT` or `CSI_CERT_OF_DEPOSIT`. */
  certificate?: Maybe<AccountCertificate>;
  /** The institution's description of the account, usually the product name, e.g. "Business OFX Checking". Null when the bank did not include it. */
  description?: Maybe<Scalars['String']['output']>;
  /** The best name to show: the nickname if set, otherwise the bank's description, otherwise the product type's description, otherwise "Account" followed by the masked number (e.g. "Account ••0101"). */
  displayName: Scalars['String']['output'];
  /** Global, opaque id (see `Node`). Use it for `node(id:)`, `account(id:)` and `accountUpdate`. */
  id: Scalars['ID']['output'];
  /** Interest rate and interest earned or paid this year. */
  interest: AccountInterest;
  /** The bank's own account key (an opaque, encrypted 43-character string). Only for support and correlation with other bank systems; never show it to customers and never use it as `id`. */
  internalId: Scalars['ID']['output'];
  /** True when the account is overdrawn: the bank flags a negative balance (`status.isNegativeBalance`), or, for a deposit account, the current balance is below zero. Always false for loans, whose balances are amounts owed. */
  isOverdrawn: Scalars['Boolean']['output'];
  /** Whether the customer chose to show this account. Hidden accounts are still returned (so they can be shown again); front ends usually leave them out of account lists. True when the bank does not say otherwise. */
  isVisible: Scalars['Boolean']['output'];
  /** Loan details (payments, payoff, principal, term). Null for accounts that are not loans (category other than `LOAN` and `TIERED_LOAN`). */
  loan?: Maybe<AccountLoan>;
  /** The business-banking location (or, for retail customers, the customer record) the account belongs to. Null when the bank does not say, the account belongs to another member (cross-member accounts), or the location could not be loaded (then an error entry explains why). */
  location?: Maybe<Location>;
  /** The last 4 digits of the number printed on the account's checks (MICR line), for accounts with checks. Always masked by this API, whatever the bank sends, because the MICR line contains the full account number. Null when the bank does not know it or did not include it. */
  micrNumber?: Maybe<Scalars['String']['output']>;
  /** The name the customer (or the institution) gave the account, e.g. "Vacation fund". Null when none is set or the bank did not include it. */
  nickName?: Maybe<Scalars['String']['output']>;
  /** How the viewer holds the account. Null when the bank did not report it. */
  ownership?: Maybe<OwnershipType>;
  /** Name of the primary holder (for cross-member accounts: the other member's name), as the core banking system records it. Null when not reported. */
  primaryHolderName?: Maybe<Scalars['String']['output']>;
  /** The institution's ABA routing number for this account (9 digits). Null when not reported. */
  routingNumber?: Maybe<Scalars['String']['output']>;
  /** The bank's status flags (open, closed, delinquent …). Null when the bank did not report them. */
  status?: Maybe<AccountStatus>;
  /** Posted and pending transactions in the order the bank returns them (newest first), within a date window (by default the institution's standard window, usually the last 30 days), optionally narrowed by `filter`. Pages forwards with `first`/`after` and backwards with `last`/`before` (Relay cursor connections). Accounts without history access (`allowedActions.historyEnabled` / `historyEntitled` false) return an empty connection. Null, with an error entry, when the bank could not return this account's history: nullable so that one account's failure does not remove the other accounts from a list. */
  transactions?: Maybe<TransactionConnection>;
  /** The product type (checking, mortgage …) and the institution's name for it. */
  type: AccountType;
};


/** A bank account the viewer may see: a deposit, loan, investment or cross-member account. Fields the bank does not report for this account (or for the request's field set) are null; null never means zero. */
export type AccounttransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What the customer may do with an account. Use these flags to show or hide controls. */
export type AccountActions = {
  __typename?: 'AccountActions';
  /** Money may be transferred out of this account. */
  canTransferFrom: Scalars['Boolean']['output'];
  /** Money may be transferred into this account. */
  canTransferTo: Scalars['Boolean']['output'];
  /** The account may be shown in account summaries. */
  canViewSummary: Scalars['Boolean']['output'];
  /** The institution offers transaction history for this account. When false, `transactions` is empty. */
  historyEnabled: Scalars['Boolean']['output'];
  /** The customer is entitled to see this account's transaction history. When false, `transactions` is empty. */
  historyEntitled: Scalars['Boolean']['output'];
  /** Online statements are available for this account. Null when the bank did not report it. */
  onlineStatementEnabled?: Maybe<Scalars['Boolean']['output']>;
};

/** Balances of an account. For loans the balances are amounts owed. */
export type AccountBalance = {
  __typename?: 'AccountBalance';
  /** What the customer can use now: the current balance after holds, pending items and limits (for credit lines: the remaining credit). Null when the bank did not report it. */
  available?: Maybe<Money>;
  /** The posted (ledger) balance. Null when the bank did not report it. */
  current?: Maybe<Money>;
  /** The balance at the close of the last statement. Null when the bank did not report it. */
  lastStatement?: Maybe<Money>;
};

/** Broad family of an account. */
export type AccountCategory =
  /** An account of another member that the viewer may use (e.g. for transfers), shared through the institution's cross-account access. */
  | 'CROSS_USER_ACCOUNT'
  /** Deposit account: checking, savings, money market, certificate of deposit. */
  | 'DEPOSIT'
  /** Investment or retirement account: brokerage, IRA, 401(k). */
  | 'INVESTMENT'
  /** Loan or credit account: mortgage, credit card, line of credit, consumer loan. */
  | 'LOAN'
  /** A tiered (commercial) loan made of a master line and individual notes. */
  | 'TIERED_LOAN';

/** Term and maturity of a certificate of deposit. */
export type AccountCertificate = {
  __typename?: 'AccountCertificate';
  /** The date the certificate matures (funds become available without penalty). Null when not reported. */
  maturityDate?: Maybe<Scalars['Date']['output']>;
  /** The deposit's term, e.g. 12 months. Null when not reported. */
  term?: Maybe<Term>;
};

/** Conditions for `Viewer.accounts`. All given conditions must hold. */
export type AccountFilter = {
  /** Only accounts in one of these categories. Omit (or null) for all categories; an empty list matches nothing. */
  categories?: InputMaybe<Array<AccountCategory>>;
  /** Whether to include accounts of other members the viewer may use (category `CROSS_USER_ACCOUNT`). `false` leaves them out and is faster, because the bank skips an extra lookup. */
  includeCrossAccounts?: InputMaybe<Scalars['Boolean']['input']>;
  /** `true`: only accounts the customer chose to show; `false`: only hidden ones. Omit for both. */
  isVisible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only accounts of this location (a `Location` global id, see `Viewer.locations`). An id the viewer cannot see yields an empty list. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only accounts of one of these product types. Omit (or null) for all types; an empty list matches nothing. */
  types?: InputMaybe<Array<AccountTypeCode>>;
};

/** The accounts of one location. */
export type AccountGroup = {
  __typename?: 'AccountGroup';
  /** The location's accounts, in the bank's order. Null, with an error entry, when this group's accounts could not be loaded: nullable so that one group's failure does not remove the other groups of the page. */
  accounts?: Maybe<Array<Account>>;
  /** The location the accounts belong to. */
  location: Location;
};

/** A page of account groups. */
export type AccountGroupConnection = {
  __typename?: 'AccountGroupConnection';
  /** The groups of this page, each with its cursor. */
  edges: Array<AccountGroupEdge>;
  /** The groups of this page, without cursors. */
  nodes: Array<AccountGroup>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** The total number of groups (locations) the viewer has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One group in an `AccountGroupConnection`. */
export type AccountGroupEdge = {
  __typename?: 'AccountGroupEdge';
  /** Opaque cursor of this group, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The group. */
  node: AccountGroup;
};

/** Interest on an account: earned on deposits, charged on loans. */
export type AccountInterest = {
  __typename?: 'AccountInterest';
  /** The current annual interest rate in percent as the bank reports it (e.g. `"1.25"` is 1.25 % per year). Null when not reported. */
  rate?: Maybe<Scalars['Decimal']['output']>;
  /** Interest earned (deposits) or paid (loans) since the start of the calendar year. Null when not reported. */
  yearToDate?: Maybe<Money>;
};

/** Details of a loan or credit account. Every field is null when the bank did not report it (which ones it reports depends on the kind of loan). */
export type AccountLoan = {
  __typename?: 'AccountLoan';
  /** Payoff amount estimated by the bank's system (e.g. including interest accrued to today). */
  calculatedPayoffAmount?: Maybe<Money>;
  /** The principal still owed. */
  currentPrincipalBalance?: Maybe<Money>;
  /** Money held in the loan's escrow account (e.g. for property tax and insurance). */
  escrowBalance?: Maybe<Money>;
  /** The principal part of the last payment. */
  lastPrincipalPayment?: Maybe<Money>;
  /** The credit limit of a card or line of credit. */
  lineOfCreditLimit?: Maybe<Money>;
  /** The date the loan ends (final payment due). */
  maturityDate?: Maybe<Scalars['Date']['output']>;
  /** The minimum payment due (credit cards and lines of credit). */
  minimumPayment?: Maybe<Money>;
  /** The next scheduled payment. Null when no payment is scheduled or the bank did not report it. */
  nextPayment?: Maybe<LoanPayment>;
  /** The amount originally lent. */
  originalAmount?: Maybe<Money>;
  /** The date the loan was made. */
  originationDate?: Maybe<Scalars['Date']['output']>;
  /** The due date of principal that is past due. Null when nothing is past due or not reported. */
  pastPrincipalDueDate?: Maybe<Scalars['Date']['output']>;
  /** Amount needed to pay the loan off, as the institution states it. */
  payoffAmount?: Maybe<Money>;
  /** The loan's term, e.g. 360 months. */
  term?: Maybe<Term>;
};

/** Status flags of an account, as the core banking system reports them. The first eleven are always reported; the last four are null when the bank does not report them. */
export type AccountStatus = {
  __typename?: 'AccountStatus';
  /** A loan or card account has a credit balance (the institution owes the customer). */
  hasCreditBalance: Scalars['Boolean']['output'];
  /** The loan is paid with payment coupons. */
  hasPaymentCoupon: Scalars['Boolean']['output'];
  /** The account has been approved (e.g. a new account application). Null when not reported. */
  isApproved?: Maybe<Scalars['Boolean']['output']>;
  /** The account is closed. */
  isClosed: Scalars['Boolean']['output'];
  /** The account has been deleted. Null when not reported. */
  isDeleted?: Maybe<Scalars['Boolean']['output']>;
  /** Payments on the account are overdue. */
  isDelinquent: Scalars['Boolean']['output'];
  /** The account has been passed to collection. */
  isInCollection: Scalars['Boolean']['output'];
  /** The balance is negative (overdrawn deposit account). See also `Account.isOverdrawn`. */
  isNegativeBalance: Scalars['Boolean']['output'];
  /** The account was not approved. Null when not reported. */
  isNotApproved?: Maybe<Scalars['Boolean']['output']>;
  /** The account is open. */
  isOpen: Scalars['Boolean']['output'];
  /** The balance exceeds the account's limit (e.g. a credit card over its limit). */
  isOverLimit: Scalars['Boolean']['output'];
  /** The account is a retirement plan. */
  isRetirementPlan: Scalars['Boolean']['output'];
  /** The account is a retirement plan whose owner has died. */
  isRetirementPlanOwnedByDeceased: Scalars['Boolean']['output'];
  /** The account has been verified. Null when not reported. */
  isVerified?: Maybe<Scalars['Boolean']['output']>;
  /** The institution has written the account off. */
  isWrittenOff: Scalars['Boolean']['output'];
};

/** The product type of an account. */
export type AccountType = {
  __typename?: 'AccountType';
  /** The product type, from the bank's standard list. */
  code: AccountTypeCode;
  /** The institution's own name for the type, e.g. "Checking" or "Premier Savings". Null when not reported. */
  description?: Maybe<Scalars['String']['output']>;
};

/** Product type of an account (the bank's standard account types). */
export type AccountTypeCode =
  /** Brokerage (securities) account. */
  | 'BROKERAGE'
  /** Certificate of deposit (a term deposit): see `Account.certificate`. */
  | 'CERT_OF_DEPOSIT'
  /** Checking account. */
  | 'CHECKING'
  /** Commercial (business) loan. */
  | 'COMMERCIAL_LOAN'
  /** Commercial refinance loan. */
  | 'COMMERCIAL_REFI_LOAN'
  /** Consumer loan. */
  | 'CONSUMER_LOAN'
  /** Credit card. */
  | 'CREDIT_CARD_LOAN'
  /** Certificate of deposit as reported by some core banking systems (CSI); same meaning as `CERT_OF_DEPOSIT`. */
  | 'CSI_CERT_OF_DEPOSIT'
  /** General-ledger account of the institution. */
  | 'GENERAL_LEDGER_ACCOUNT'
  /** General-ledger code of the institution. */
  | 'GENERAL_LEDGER_CODE'
  /** Home-equity loan or line. */
  | 'HOME_EQUITY_LOAN'
  /** Installment loan (fixed payments over a term). */
  | 'INSTALLMENT_LOAN'
  /** Keogh retirement plan (for the self-employed). */
  | 'KEOGH'
  /** Revolving line of credit. */
  | 'LINE_OF_CREDIT_LOAN'
  /** Money-market deposit account. */
  | 'MONEY_MARKET'
  /** Mortgage loan. */
  | 'MORTGAGE_LOAN'
  /** Residential mortgage loan. */
  | 'RESIDENTIAL_MORTGAGE_LOAN'
  /** 401(k) retirement plan. */
  | 'RETIREMENT_401K'
  /** Individual retirement account (IRA). */
  | 'RETIREMENT_IRA'
  /** Savings account. */
  | 'SAVINGS'
  /** Credit line of a tiered commercial loan. */
  | 'TCL_CREDIT_LINE'
  /** Master record of a tiered commercial loan. */
  | 'TCL_MASTER'
  /** Individual note of a tiered commercial loan. */
  | 'TCL_NOTE'
  /** Trust account. */
  | 'TRUST'
  /** The bank did not classify the account. Show `AccountType.description` instead. */
  | 'UNKNOWN'
  /** A type the institution defined itself. Show `AccountType.description`. */
  | 'USER_DEFINED';

/** Changes to an account. Omitted fields stay as they are. */
export type AccountUpdateInput = {
  /** `false` hides the account from the customer's account lists (front ends should respect `Account.isVisible`); `true` shows it again. */
  isVisible?: InputMaybe<Scalars['Boolean']['input']>;
  /** The new nickname shown instead of the product description. Must not be empty; the institution sets a maximum length (40 characters in the sandbox). Not allowed on joint accounts. */
  nickName?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `accountUpdate`. */
export type AccountUpdatePayload = {
  __typename?: 'AccountUpdatePayload';
  /** The account after the change; null when `userErrors` is not empty. */
  account?: Maybe<Account>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** An inclusive range of amounts in the account's currency; either end may be omitted. */
export type AmountRange = {
  /** Largest amount included, e.g. `"250"`. Must not be below `min`. */
  max?: InputMaybe<Scalars['Decimal']['input']>;
  /** Smallest amount included, e.g. `"100.00"`. */
  min?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Internal, not served: what a field's bank calls are counted in (`@bankCalls(per:)`). */
export type BankCallUnit =
  /** Each account the field looks up by id: a share of one batched `$filter` call of `ACCOUNT_ID_BATCH_MAX` ids, or one call of its own for a business viewer (the bank has no business lookup by several ids). */
  | 'ACCOUNT_ID'
  /** Each global id in the field's `id` or `ids` argument: an `Account` id as `ACCOUNT_ID`, a `Transaction` id one history call more; other ids are served from lists counted elsewhere. */
  | 'GLOBAL_ID'
  /** One list call, or for a business viewer one call per location (as many as `Viewer.locations` is assumed to list) plus the location list, unless `filter.locationId` narrows it to one. */
  | 'LOCATION'
  /** Each parent object. */
  | 'PARENT';

/** Internal, not served: the bank's account field sets (its `viewName` parameter). Each set contains the one before. */
export type BankView =
  /** No `viewName`: the bank's default external field set, the only one with `micrNumber`. */
  | 'FULL'
  /** `viewName=m`: every field of the full set except `micrNumber`. */
  | 'M'
  /** `viewName=s`: identity, balances, status, allowed actions, routing number and the next loan payment; no nickname. */
  | 'S';

/** A scheduled loan payment. */
export type LoanPayment = {
  __typename?: 'LoanPayment';
  /** Amount due. Null when the bank reported only the date. */
  amount?: Maybe<Money>;
  /** Date the payment is due. Null when the bank reported only the amount. */
  dueDate?: Maybe<Scalars['Date']['output']>;
};

/** A location: in business banking, a business entity (identified by its tax id) whose accounts the viewer may use; for retail customers, the customer's own record. Every account belongs to one. */
export type Location = Node & {
  __typename?: 'Location';
  /** The accounts of this location. Null, with an error entry, when they could not be loaded: nullable so that one location's failure does not remove the other locations from `Viewer.locations`. */
  accounts?: Maybe<Array<Account>>;
  /** Global, opaque id (see `Node`). Pass it as `AccountFilter.locationId` to list its accounts. */
  id: Scalars['ID']['output'];
  /** The bank's id of the location (its institution customer id, 32 hex characters). For support and correlation only; never show it to customers. */
  internalId: Scalars['ID']['output'];
  /** True for the location the bank marks as the user's default; false for the others (and when the bank marks none). */
  isPrimary: Scalars['Boolean']['output'];
  /** The name of the business entity (or retail customer) as the institution records it. Null when the bank did not report one. */
  name?: Maybe<Scalars['String']['output']>;
};

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount as an exact decimal string in major units with the currency's minor-unit scale (ISO 4217): `"4554.24"` and `"84200.00"` USD, `"1500"` JPY. Never rounded: should the bank send more digits than the currency has, they are kept. Whether it is owed or owned follows from the field it sits on; balances of deposit accounts can be negative when overdrawn. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency of `amount`, e.g. `"USD"`. */
  currencyCode: Scalars['CurrencyCode']['output'];
};

/** All changes. Every mutation takes one `input` argument (updates take the object's `id` separately) and returns a payload with the changed object and `userErrors`. Business failures (e.g. a nickname that is too long) come back in `userErrors` with the object null; only system failures (authentication, bank outage) appear in the top-level `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Renames an account (its nickname) and/or hides or shows it. Returns the updated account. Fails with a user error for an empty or too long nickname (`NICKNAME_EMPTY`, `NICKNAME_TOO_LONG`), a joint account's nickname (`JOINT_ACCOUNT_NICKNAME_LOCKED`), a feature the institution switched off (`FEATURE_DISABLED`) or an unknown account (`NOT_FOUND`). The bank's published Accounts API is read-only, so this mutation is off unless the deployment enables the bank's (assumed) update endpoint: off, it changes nothing and answers `NOT_SUPPORTED` for every account, existing or not. */
  accountUpdate?: Maybe<AccountUpdatePayload>;
  /** Saves a new transfer recipient. With `validate: true` the bank first proves the details with a test transfer from `fromAccountId` and saves nothing if it fails. Business failures come back as `userErrors` (e.g. `DUPLICATE_RECIPIENT`, `INVALID_PASSCODE`). */
  recipientCreate?: Maybe<RecipientCreatePayload>;
  /** Deletes a saved recipient. Fails with `RECIPIENT_NOT_FOUND` when the recipient does not exist (any more). */
  recipientDelete?: Maybe<RecipientDeletePayload>;
  /** Changes a saved recipient. Omitted input fields stay as they are. Fails with `RECIPIENT_NOT_FOUND` when the recipient does not exist (any more). */
  recipientUpdate?: Maybe<RecipientUpdatePayload>;
};


/** All changes. Every mutation takes one `input` argument (updates take the object's `id` separately) and returns a payload with the changed object and `userErrors`. Business failures (e.g. a nickname that is too long) come back in `userErrors` with the object null; only system failures (authentication, bank outage) appear in the top-level `errors`. */
export type MutationaccountUpdateArgs = {
  id: Scalars['ID']['input'];
  input: AccountUpdateInput;
};


/** All changes. Every mutation takes one `input` argument (updates take the object's `id` separately) and returns a payload with the changed object and `userErrors`. Business failures (e.g. a nickname that is too long) come back in `userErrors` with the object null; only system failures (authentication, bank outage) appear in the top-level `errors`. */
export type MutationrecipientCreateArgs = {
  input: RecipientCreateInput;
};


/** All changes. Every mutation takes one `input` argument (updates take the object's `id` separately) and returns a payload with the changed object and `userErrors`. Business failures (e.g. a nickname that is too long) come back in `userErrors` with the object null; only system failures (authentication, bank outage) appear in the top-level `errors`. */
export type MutationrecipientDeleteArgs = {
  id: Scalars['ID']['input'];
};


/** All changes. Every mutation takes one `input` argument (updates take the object's `id` separately) and returns a payload with the changed object and `userErrors`. Business failures (e.g. a nickname that is too long) come back in `userErrors` with the object null; only system failures (authentication, bank outage) appear in the top-level `errors`. */
export type MutationrecipientUpdateArgs = {
  id: Scalars['ID']['input'];
  input: RecipientUpdateInput;
};

/** An object with a globally unique, opaque `id`. Any such object can be fetched again with `Query.node(id:)`. Ids are stable for the same object, but their content is not part of the API: never parse them or build them yourself. */
export type Node = {
  /** Globally unique, opaque identifier (base64 of the type name and the bank's id). Use it for `node(id:)`, cache keys and mutation arguments. It is not the bank's id: see `internalId`. */
  id: Scalars['ID']['output'];
};

/** How the viewer holds an account. */
export type OwnershipType =
  /** The account belongs to another member and is shared with the viewer (cross-account access). */
  | 'CROSS'
  /** The viewer is a joint owner. Joint accounts cannot be renamed. */
  | 'JOINT'
  /** The viewer is the primary owner. */
  | 'PRIMARY';

/** Where a page of a connection starts and ends, and whether there is more (Relay cursor connections specification). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last one of this page: pass `endCursor` as `after` to get them. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before the first one of this page (the page did not start at the beginning). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The root of every read. Start at `viewer` for the signed-in customer's data, or refetch an object by its id with `node` / `nodes`. */
export type Query = {
  __typename?: 'Query';
  /** Fetches any object that implements `Node` (Account, Location, Recipient, Transaction, Viewer) by its global id. Null, with a `NOT_FOUND` error entry, when the id is malformed, of an unknown type, or names an object the viewer cannot see (the API does not reveal which). */
  node?: Maybe<Node>;
  /** Fetches several objects by global id at once. The result has the same length and order as `ids`; an entry is null where `node(id:)` would return null, with the same `NOT_FOUND` error entry (its `path` ends with the entry's index). At most 100 ids per call: more fail the whole operation with `BAD_USER_INPUT` before anything is fetched. */
  nodes: Array<Maybe<Node>>;
  /** The signed-in customer. Everything the viewer may see hangs below this field. A request without a valid viewer token fails with an `UNAUTHENTICATED` error instead of returning data. */
  viewer: Viewer;
};


/** The root of every read. Start at `viewer` for the signed-in customer's data, or refetch an object by its id with `node` / `nodes`. */
export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. Start at `viewer` for the signed-in customer's data, or refetch an object by its id with `node` / `nodes`. */
export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** A saved transfer recipient: an account of another member of the same institution that the viewer can send money to. Only what the viewer entered is shown; the recipient's own data is never looked up. */
export type Recipient = Node & {
  __typename?: 'Recipient';
  /** The recipient's account number, always masked to its last 4 digits (e.g. "4321"); display it as "••4321". Null when the bank did not report it. */
  accountNumber?: Maybe<Scalars['String']['output']>;
  /** The type of the recipient's account. Null when the bank did not report it. */
  accountType?: Maybe<RecipientAccountType>;
  /** The email address for transfer notifications to the recipient. Null when none was given. */
  email?: Maybe<Scalars['String']['output']>;
  /** The recipient's full name as entered. Null when none was given. */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Global, opaque id (see `Node`). */
  id: Scalars['ID']['output'];
  /** The bank's id of the recipient. For support and correlation only; never show it to customers. */
  internalId: Scalars['ID']['output'];
  /** The name the viewer gave the recipient, e.g. "Mom". Null when none was given. */
  nickName?: Maybe<Scalars['String']['output']>;
};

/** Type of a recipient's account (the bank's account types allowed for recipients; there is no `TRUST`). */
export type RecipientAccountType =
  /** Brokerage (securities) account. */
  | 'BROKERAGE'
  /** Certificate of deposit. */
  | 'CERT_OF_DEPOSIT'
  /** Checking account. */
  | 'CHECKING'
  /** Commercial (business) loan. */
  | 'COMMERCIAL_LOAN'
  /** Commercial refinance loan. */
  | 'COMMERCIAL_REFI_LOAN'
  /** Consumer loan. */
  | 'CONSUMER_LOAN'
  /** Credit card. */
  | 'CREDIT_CARD_LOAN'
  /** Certificate of deposit as reported by some core banking systems (CSI). */
  | 'CSI_CERT_OF_DEPOSIT'
  /** General-ledger account of the institution. */
  | 'GENERAL_LEDGER_ACCOUNT'
  /** General-ledger code of the institution. */
  | 'GENERAL_LEDGER_CODE'
  /** Home-equity loan or line. */
  | 'HOME_EQUITY_LOAN'
  /** Installment loan. */
  | 'INSTALLMENT_LOAN'
  /** Keogh retirement plan (for the self-employed). */
  | 'KEOGH'
  /** Revolving line of credit. */
  | 'LINE_OF_CREDIT_LOAN'
  /** Money-market deposit account. */
  | 'MONEY_MARKET'
  /** Mortgage loan. */
  | 'MORTGAGE_LOAN'
  /** Residential mortgage loan. */
  | 'RESIDENTIAL_MORTGAGE_LOAN'
  /** 401(k) retirement plan. */
  | 'RETIREMENT_401K'
  /** Individual retirement account (IRA). */
  | 'RETIREMENT_IRA'
  /** Savings account. */
  | 'SAVINGS'
  /** Credit line of a tiered commercial loan. */
  | 'TCL_CREDIT_LINE'
  /** Master record of a tiered commercial loan. */
  | 'TCL_MASTER'
  /** Individual note of a tiered commercial loan. */
  | 'TCL_NOTE'
  /** Unclassified account type. */
  | 'UNKNOWN'
  /** A type the institution defined itself. */
  | 'USER_DEFINED';

/** Details of a new recipient. The bank identifies the recipient's account from `memberNumber`, `accountNumber` and `accountType`. */
export type RecipientCreateInput = {
  /** The recipient's full account number (it is masked in every response). */
  accountNumber: Scalars['String']['input'];
  /** The type of the recipient's account; the institution may allow only some types. */
  accountType: RecipientAccountType;
  /** An email address for transfer notifications to the recipient. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The viewer's account (global `Account` id) for the test transfer. Required when `validate` is true. */
  fromAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** The recipient's full name. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** The recipient's member number at the institution. */
  memberNumber: Scalars['String']['input'];
  /** The name to show for the recipient. Must be unique among the viewer's recipients. */
  nickName?: InputMaybe<Scalars['String']['input']>;
  /** The recipient's passcode, by which the institution checks who the recipient is (commonly the first three letters of the recipient's last name). Write-only: never returned. */
  passCode?: InputMaybe<Scalars['String']['input']>;
  /** `true` makes the bank prove the details with a test transfer from `fromAccountId` before saving. */
  validate?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of `recipientCreate`. */
export type RecipientCreatePayload = {
  __typename?: 'RecipientCreatePayload';
  /** The saved recipient; null when `userErrors` is not empty. */
  recipient?: Maybe<Recipient>;
  /** Why the recipient was not saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Result of `recipientDelete`. */
export type RecipientDeletePayload = {
  __typename?: 'RecipientDeletePayload';
  /** The global id of the deleted recipient, to remove it from client caches; null when `userErrors` is not empty. */
  deletedRecipientId?: Maybe<Scalars['ID']['output']>;
  /** Why the recipient was not deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a recipient. Omitted fields stay as they are. */
export type RecipientUpdateInput = {
  /** The recipient's full account number. */
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  /** The type of the recipient's account. */
  accountType?: InputMaybe<RecipientAccountType>;
  /** An email address for transfer notifications to the recipient. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The viewer's account (global `Account` id) the bank uses to validate changed account details. */
  fromAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** The recipient's full name. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** The recipient's member number at the institution. */
  memberNumber?: InputMaybe<Scalars['String']['input']>;
  /** The new name to show. Must be unique among the viewer's recipients. */
  nickName?: InputMaybe<Scalars['String']['input']>;
  /** The recipient's passcode. Write-only: never returned. */
  passCode?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `recipientUpdate`. */
export type RecipientUpdatePayload = {
  __typename?: 'RecipientUpdatePayload';
  /** The recipient after the change; null when `userErrors` is not empty. */
  recipient?: Maybe<Recipient>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A length of time, e.g. 12 months. */
export type Term = {
  __typename?: 'Term';
  /** Number of `unit`s, e.g. `12`. */
  duration: Scalars['Int']['output'];
  /** Unit of `duration`. */
  unit: TermUnit;
};

/** Unit of a `Term`. */
export type TermUnit =
  /** Days. */
  | 'DAYS'
  /** Months. */
  | 'MONTHS'
  /** The bank did not say which unit `duration` counts. */
  | 'UNKNOWN'
  /** Weeks. */
  | 'WEEKS'
  /** Years. */
  | 'YEARS';

/** A posted or pending transaction on an account. */
export type Transaction = Node & {
  __typename?: 'Transaction';
  /** The account the transaction belongs to. */
  account: Account;
  /** The amount moved, always positive (the bank's convention); `direction` says which way. */
  amount: Money;
  /** The check number, for check transactions. Null otherwise. */
  checkNumber?: Maybe<Scalars['String']['output']>;
  /** The bank's description, e.g. "Return merchandise to customer". Null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether money came into the account (`CREDIT`) or went out (`DEBIT`). */
  direction: TransactionDirection;
  /** The date the transaction took effect on the balance (value date). Null when not reported. */
  effectiveDate?: Maybe<Scalars['Date']['output']>;
  /** A fee charged with this transaction. Null when there was none or it was not reported. */
  fee?: Maybe<Money>;
  /** Global, opaque id (see `Node`). */
  id: Scalars['ID']['output'];
  /** The bank's id of the transaction. For support and correlation only; never show it to customers. */
  internalId: Scalars['ID']['output'];
  /** True for credits (money in); the same information as `direction == CREDIT`. */
  isCredit: Scalars['Boolean']['output'];
  /** True while the transaction is pending (not yet posted; it may still change or disappear); the same information as `status == PENDING`. */
  isPending: Scalars['Boolean']['output'];
  /** A short note attached by the bank or the payer, e.g. "Return of Goods". Null when none. */
  memo?: Maybe<Scalars['String']['output']>;
  /** The account's ledger balance after this transaction (running balance). Null when not reported. */
  runningBalance?: Maybe<Money>;
  /** The amount with its effect on the account's balance: positive for credits, negative for debits (e.g. `"-220.00"` for a 220.00 USD debit). Convenient for lists and sums. */
  signedAmount: Money;
  /** Whether the transaction is still pending or has posted. */
  status: TransactionStatus;
  /** The date the transaction was made. Null when not reported. */
  transactionDate?: Maybe<Scalars['Date']['output']>;
  /** What kind of transaction this is (deposit, card purchase, fee …). */
  type: TransactionType;
};

/** A page of transactions. */
export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  /** The transactions of this page, each with its cursor. */
  edges: Array<TransactionEdge>;
  /** The transactions of this page, without cursors. */
  nodes: Array<Transaction>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** The number of transactions the filter selects, across all pages: the bank's count of the date window, or, with criteria beyond the dates, the number that match them. Null when the bank did not report a count (e.g. for a cursor past the end of the window). */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** Which way money moved. */
export type TransactionDirection =
  /** Money came into the account (increases a deposit balance, reduces a loan balance). */
  | 'CREDIT'
  /** Money went out of the account (reduces a deposit balance, increases a loan balance). */
  | 'DEBIT';

/** One transaction in a `TransactionConnection`. */
export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  /** Opaque cursor of this transaction, to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The transaction. */
  node: Transaction;
};

/** Which transactions `Account.transactions` returns: a date window, sent to the bank, and optional criteria that all must hold. The bank filters by date only (it refuses other filters), so the criteria are applied by this API to the whole date window: pages, cursors and `totalCount` are those of the filtered list. Omit everything for the institution's default window (usually the last 30 days). */
export type TransactionFilter = {
  /** Only transactions whose `amount` (always positive, whatever the direction) lies in this range. */
  amount?: InputMaybe<AmountRange>;
  /** Only credits (money in) or only debits (money out). */
  direction?: InputMaybe<TransactionDirection>;
  /** Last day of the window, inclusive. When omitted, the institution's default (normally today). Must not be before `startDate`. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** First day of the window, inclusive. When omitted, the institution's default (usually 30 days before `endDate`). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Only transactions whose `description` contains this text, ignoring case (1 to 100 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only transactions of these types (`OTHER` matches types this API does not list). An empty list matches nothing. */
  types?: InputMaybe<Array<TransactionType>>;
};

/** Whether a transaction has posted. */
export type TransactionStatus =
  /** Not yet posted: it may still change or disappear, and may not be in `balance.current` yet. */
  | 'PENDING'
  /** Posted to the account. */
  | 'POSTED';

/** What kind of transaction this is, as the core banking system classifies it. Debit types reduce a deposit balance and credit types increase it, but use `direction` rather than inferring it from the type. */
export type TransactionType =
  /** Check converted to an ACH debit. */
  | 'ACH_CHECK'
  /** ACH credit. */
  | 'ACH_CREDIT'
  /** Advance drawn on a loan or line of credit. */
  | 'ADVANCE'
  /** Annual (card) fee. */
  | 'ANNUAL_FEE'
  /** Deposit at an ATM. */
  | 'ATM_DEPOSIT'
  /** ATM fee. */
  | 'ATM_FEE'
  /** Cash withdrawal at an ATM. */
  | 'ATM_WITHDRAWAL'
  /** Automatic (recurring) debit. */
  | 'AUTOMATIC_DEBIT'
  /** Bill payment. */
  | 'BILL_PAYMENT'
  /** Credit of a bill payment (e.g. a returned or cancelled payment). */
  | 'BILL_PAYMENT_CREDIT'
  /** Cash advance on a card or line of credit. */
  | 'CASH_ADVANCE'
  /** A check drawn on the account was paid; see `checkNumber`. */
  | 'CHECK'
  /** Charge for a check book. */
  | 'CHECK_BOOK_CHARGE'
  /** Adjustment increasing the balance. */
  | 'CREDIT_ADJUSTMENT'
  /** Adjustment reducing the balance. */
  | 'DEBIT_ADJUSTMENT'
  /** Deposit. */
  | 'DEPOSIT'
  /** Direct deposit (e.g. payroll). */
  | 'DIRECT_DEPOSIT'
  /** Dividend paid to the account. */
  | 'DIVIDEND'
  /** Penalty for an early withdrawal (e.g. from a certificate of deposit). */
  | 'EARLY_WITHDRAWAL_FEE'
  /** Electronic transfer in (e.g. online banking). */
  | 'ELECTRONIC_TRANSFER_CREDIT'
  /** Electronic transfer out (e.g. online banking). */
  | 'ELECTRONIC_TRANSFER_DEBIT'
  /** Insufficient-funds (NSF) charge. */
  | 'INSUFFICIENT_FUNDS_CHARGE'
  /** Interest charged. */
  | 'INTEREST_CHARGE'
  /** Regular interest charge. */
  | 'INTEREST_CHARGE_NORMAL'
  /** Interest earned, posted to the account. */
  | 'INTEREST_POSTING'
  /** Late-payment fee. */
  | 'LATE_PAYMENT_FEE'
  /** Ledger adjustment increasing the balance. */
  | 'LEDGER_ADJUSTMENT_CREDIT'
  /** Ledger adjustment reducing the balance. */
  | 'LEDGER_ADJUSTMENT_DEBIT'
  /** Card purchase by mail order or telephone. */
  | 'MAIL_ORDER_OR_TELEPHONE_PURCHASE'
  /** Other credit. */
  | 'MISCELLANEOUS_CREDIT'
  /** Other debit. */
  | 'MISCELLANEOUS_DEBIT'
  /** A type the bank reported that this API does not list (yet). Show `description` instead. */
  | 'OTHER'
  /** Overdraft fee. */
  | 'OVERDRAFT_FEE'
  /** Payment received (e.g. on a loan). */
  | 'PAYMENT'
  /** Payment to a credit card. */
  | 'PAYMENT_CREDIT_CARD'
  /** Point-of-sale credit (e.g. a merchant refund to a debit card). */
  | 'POS_CREDIT'
  /** Point-of-sale (debit card) purchase. */
  | 'POS_PURCHASE'
  /** Fee for a point-of-sale purchase. */
  | 'POS_PURCHASE_FEE'
  /** Refund. */
  | 'REFUND'
  /** Card purchase at a retailer. */
  | 'RETAIL_PURCHASE'
  /** Fee for a returned check. */
  | 'RETURNED_CHECK_FEE'
  /** Credit for returned goods. */
  | 'RETURN_OF_GOODS'
  /** Other savings withdrawal. */
  | 'SAVINGS_WITHDRAWAL_OTHER'
  /** Savings withdrawal recorded in a passbook. */
  | 'SAVINGS_WITHDRAWAL_PASSBOOK'
  /** Service charge. */
  | 'SERVICE_CHARGE'
  /** Fee for a stop-payment order. */
  | 'STOP_PAYMENT_FEE'
  /** Transfer in, made by telephone. */
  | 'TELEPHONE_TRANSFER_CREDIT'
  /** Transfer out, made by telephone. */
  | 'TELEPHONE_TRANSFER_DEBIT'
  /** Transfer in from another account. */
  | 'TRANSFER_CREDIT'
  /** Transfer out to another account. */
  | 'TRANSFER_DEBIT'
  /** Withdrawal (e.g. at a branch). */
  | 'WITHDRAWAL';

/** A business failure of a mutation that the user can act on (for example by correcting a form field). Show `message` to the user, or branch on `code` to show your own text. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason, stable across releases. */
  code: UserErrorCode;
  /** Path to the offending input field, starting at the mutation argument, e.g. `["input", "nickName"]` or `["id"]`. Null when the error is not tied to one field. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation in English, safe to show to the user. Never contains bank internals. */
  message: Scalars['String']['output'];
};

/** Why a mutation could not be carried out. New values may be added over time: treat an unknown value like `INVALID_INPUT` and show `message`. */
export type UserErrorCode =
  /** Recipients cannot be created with this account type at this institution. */
  | 'ACCOUNT_TYPE_NOT_ALLOWED'
  /** Another of the viewer's recipients already uses this nickname. */
  | 'DUPLICATE_NICKNAME'
  /** A recipient with the same member number, account number and account type already exists. */
  | 'DUPLICATE_RECIPIENT'
  /** The institution has switched this feature off (renaming accounts, or hiding and showing them). Hide the corresponding control. */
  | 'FEATURE_DISABLED'
  /** A text field is longer than the bank allows; `field` names it when known. */
  | 'FIELD_TOO_LONG'
  /** The email address is not valid. */
  | 'INVALID_EMAIL'
  /** The input is missing a required value or a value has the wrong format (for example no field to change, non-printable characters, or a malformed id). */
  | 'INVALID_INPUT'
  /** The passcode does not match the recipient's (the institution's check of who the recipient is). */
  | 'INVALID_PASSCODE'
  /** The bank could not find the recipient's member or account from the member number, account number and account type given. */
  | 'INVALID_RECIPIENT'
  /** The account is jointly owned; its nickname can only be changed by the institution. */
  | 'JOINT_ACCOUNT_NICKNAME_LOCKED'
  /** The nickname is empty. Nicknames cannot be cleared, only replaced. */
  | 'NICKNAME_EMPTY'
  /** The nickname is longer than the institution allows (the sandbox allows 40 characters). */
  | 'NICKNAME_TOO_LONG'
  /** The object named by an id in the arguments or input (an account, or `fromAccountId`) does not exist or is not visible to the viewer. */
  | 'NOT_FOUND'
  /** This deployment cannot carry out the change at all: the bank's published API has no operation for it (today: `accountUpdate`, which is off unless the operator enables it). Nothing was changed and retrying will not help; hide the corresponding control. */
  | 'NOT_SUPPORTED'
  /** The recipient does not exist (any more) or is not one of the viewer's recipients. */
  | 'RECIPIENT_NOT_FOUND'
  /** The validation test transfer to the recipient failed, so the recipient was not saved. */
  | 'RECIPIENT_VALIDATION_FAILED';

/** The signed-in customer (a retail customer or a business-banking user) and the data they are entitled to. Identity comes from the request's token, never from arguments. */
export type Viewer = Node & {
  __typename?: 'Viewer';
  /** One of the viewer's accounts by global id. Null when the id is malformed, not an Account id, or the account does not exist or is not visible to the viewer (the API does not reveal which). */
  account?: Maybe<Account>;
  /** The viewer's accounts grouped by location, one group per location, paged by location (the bank's grouped account listing). Meant for business-banking users with many locations; a retail customer gets a single group. */
  accountGroups: AccountGroupConnection;
  /** The accounts the viewer is entitled to, in the bank's order. Business users get the accounts of all their locations unless `filter.locationId` narrows it. Empty when the viewer has no accounts. The list comes from one bank call: if that call fails, the error is reported and `viewer` is null, so query accounts separately from unrelated data when partial results matter. */
  accounts: Array<Account>;
  /** Global, opaque id of the signed-in customer (see `Node`): the same for every request of the same user and different for every other user, so client caches (Apollo Client, urql graphcache, Relay) can normalise the viewer and merge what separate queries load below it. Select it wherever you select `viewer`. `node(id:)` answers it with the viewer only in that viewer's own requests; any other user's viewer id is null with a `NOT_FOUND` error, like an account the viewer cannot see. */
  id: Scalars['ID']['output'];
  /** The locations the viewer may act for, in the bank's order. A business-banking user has one per business entity (tax id) they are entitled to; a retail customer has exactly one, their own customer record. If the bank's user lookup fails, the error is reported and `viewer` is null. */
  locations: Array<Location>;
  /** One of the viewer's recipients by global id. Null when the id is malformed, not a Recipient id, or the recipient does not exist or is not the viewer's. */
  recipient?: Maybe<Recipient>;
  /** The viewer's saved transfer recipients (other members of the same institution), in the bank's order. Empty when there are none. If the bank call fails, the error is reported and `viewer` is null. */
  recipients: Array<Recipient>;
};


/** The signed-in customer (a retail customer or a business-banking user) and the data they are entitled to. Identity comes from the request's token, never from arguments. */
export type VieweraccountArgs = {
  id: Scalars['ID']['input'];
};


/** The signed-in customer (a retail customer or a business-banking user) and the data they are entitled to. Identity comes from the request's token, never from arguments. */
export type VieweraccountGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in customer (a retail customer or a business-banking user) and the data they are entitled to. Identity comes from the request's token, never from arguments. */
export type VieweraccountsArgs = {
  filter?: InputMaybe<AccountFilter>;
};


/** The signed-in customer (a retail customer or a business-banking user) and the data they are entitled to. Identity comes from the request's token, never from arguments. */
export type ViewerrecipientArgs = {
  id: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AccountMapper & { __typename: 'Account' } )
    | ( LocationMapper & { __typename: 'Location' } )
    | ( RecipientMapper & { __typename: 'Recipient' } )
    | ( TransactionMapper & { __typename: 'Transaction' } )
    | ( ViewerMapper & { __typename: 'Viewer' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountActions: ResolverTypeWrapper<AccountActionsMapper>;
  AccountBalance: ResolverTypeWrapper<AccountBalanceMapper>;
  AccountCategory: ResolverTypeWrapper<'DEPOSIT' | 'LOAN' | 'INVESTMENT' | 'TIERED_LOAN' | 'CROSS_USER_ACCOUNT'>;
  AccountCertificate: ResolverTypeWrapper<AccountCertificateMapper>;
  AccountFilter: AccountFilter;
  AccountGroup: ResolverTypeWrapper<AccountGroupMapper>;
  AccountGroupConnection: ResolverTypeWrapper<Omit<AccountGroupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccountGroupEdge']>, nodes: Array<ResolversTypes['AccountGroup']> }>;
  AccountGroupEdge: ResolverTypeWrapper<Omit<AccountGroupEdge, 'node'> & { node: ResolversTypes['AccountGroup'] }>;
  AccountInterest: ResolverTypeWrapper<AccountInterestMapper>;
  AccountLoan: ResolverTypeWrapper<AccountLoanMapper>;
  AccountStatus: ResolverTypeWrapper<AccountStatusMapper>;
  AccountType: ResolverTypeWrapper<AccountTypeMapper>;
  AccountTypeCode: ResolverTypeWrapper<'SAVINGS' | 'CHECKING' | 'MONEY_MARKET' | 'BROKERAGE' | 'TRUST' | 'LINE_OF_CREDIT_LOAN' | 'TCL_CREDIT_LINE' | 'UNKNOWN' | 'KEOGH' | 'RETIREMENT_401K' | 'CERT_OF_DEPOSIT' | 'CSI_CERT_OF_DEPOSIT' | 'CREDIT_CARD_LOAN' | 'INSTALLMENT_LOAN' | 'CONSUMER_LOAN' | 'COMMERCIAL_LOAN' | 'MORTGAGE_LOAN' | 'RESIDENTIAL_MORTGAGE_LOAN' | 'COMMERCIAL_REFI_LOAN' | 'HOME_EQUITY_LOAN' | 'GENERAL_LEDGER_ACCOUNT' | 'GENERAL_LEDGER_CODE' | 'TCL_MASTER' | 'TCL_NOTE' | 'USER_DEFINED' | 'RETIREMENT_IRA'>;
  AccountUpdateInput: AccountUpdateInput;
  AccountUpdatePayload: ResolverTypeWrapper<Omit<AccountUpdatePayload, 'account' | 'userErrors'> & { account?: Maybe<ResolversTypes['Account']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AmountRange: AmountRange;
  BankCallUnit: ResolverTypeWrapper<'PARENT' | 'ACCOUNT_ID' | 'GLOBAL_ID' | 'LOCATION'>;
  BankView: ResolverTypeWrapper<'S' | 'M' | 'FULL'>;
  CurrencyCode: ResolverTypeWrapper<Scalars['CurrencyCode']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  LoanPayment: ResolverTypeWrapper<LoanPaymentMapper>;
  Location: ResolverTypeWrapper<LocationMapper>;
  Money: ResolverTypeWrapper<MoneyMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OwnershipType: ResolverTypeWrapper<'PRIMARY' | 'JOINT' | 'CROSS'>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recipient: ResolverTypeWrapper<RecipientMapper>;
  RecipientAccountType: ResolverTypeWrapper<'SAVINGS' | 'CHECKING' | 'MONEY_MARKET' | 'BROKERAGE' | 'LINE_OF_CREDIT_LOAN' | 'TCL_CREDIT_LINE' | 'UNKNOWN' | 'KEOGH' | 'RETIREMENT_401K' | 'CERT_OF_DEPOSIT' | 'CSI_CERT_OF_DEPOSIT' | 'CREDIT_CARD_LOAN' | 'INSTALLMENT_LOAN' | 'CONSUMER_LOAN' | 'COMMERCIAL_LOAN' | 'MORTGAGE_LOAN' | 'RESIDENTIAL_MORTGAGE_LOAN' | 'COMMERCIAL_REFI_LOAN' | 'HOME_EQUITY_LOAN' | 'GENERAL_LEDGER_ACCOUNT' | 'GENERAL_LEDGER_CODE' | 'TCL_MASTER' | 'TCL_NOTE' | 'RETIREMENT_IRA' | 'USER_DEFINED'>;
  RecipientCreateInput: RecipientCreateInput;
  RecipientCreatePayload: ResolverTypeWrapper<Omit<RecipientCreatePayload, 'recipient' | 'userErrors'> & { recipient?: Maybe<ResolversTypes['Recipient']>, userErrors: Array<ResolversTypes['UserError']> }>;
  RecipientDeletePayload: ResolverTypeWrapper<Omit<RecipientDeletePayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  RecipientUpdateInput: RecipientUpdateInput;
  RecipientUpdatePayload: ResolverTypeWrapper<Omit<RecipientUpdatePayload, 'recipient' | 'userErrors'> & { recipient?: Maybe<ResolversTypes['Recipient']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Term: ResolverTypeWrapper<TermMapper>;
  TermUnit: ResolverTypeWrapper<'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS' | 'UNKNOWN'>;
  Transaction: ResolverTypeWrapper<TransactionMapper>;
  TransactionConnection: ResolverTypeWrapper<Omit<TransactionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TransactionEdge']>, nodes: Array<ResolversTypes['Transaction']> }>;
  TransactionDirection: ResolverTypeWrapper<'CREDIT' | 'DEBIT'>;
  TransactionEdge: ResolverTypeWrapper<Omit<TransactionEdge, 'node'> & { node: ResolversTypes['Transaction'] }>;
  TransactionFilter: TransactionFilter;
  TransactionStatus: ResolverTypeWrapper<'PENDING' | 'POSTED'>;
  TransactionType: ResolverTypeWrapper<'WITHDRAWAL' | 'CHECK' | 'SAVINGS_WITHDRAWAL_PASSBOOK' | 'SAVINGS_WITHDRAWAL_OTHER' | 'TELEPHONE_TRANSFER_DEBIT' | 'TRANSFER_DEBIT' | 'ADVANCE' | 'AUTOMATIC_DEBIT' | 'ATM_WITHDRAWAL' | 'ELECTRONIC_TRANSFER_DEBIT' | 'POS_PURCHASE' | 'BILL_PAYMENT' | 'ACH_CHECK' | 'SERVICE_CHARGE' | 'CHECK_BOOK_CHARGE' | 'ATM_FEE' | 'POS_PURCHASE_FEE' | 'STOP_PAYMENT_FEE' | 'INTEREST_CHARGE_NORMAL' | 'INSUFFICIENT_FUNDS_CHARGE' | 'RETURNED_CHECK_FEE' | 'OVERDRAFT_FEE' | 'EARLY_WITHDRAWAL_FEE' | 'LEDGER_ADJUSTMENT_DEBIT' | 'MISCELLANEOUS_DEBIT' | 'RETAIL_PURCHASE' | 'MAIL_ORDER_OR_TELEPHONE_PURCHASE' | 'CASH_ADVANCE' | 'ANNUAL_FEE' | 'LATE_PAYMENT_FEE' | 'INTEREST_CHARGE' | 'DEBIT_ADJUSTMENT' | 'DEPOSIT' | 'TELEPHONE_TRANSFER_CREDIT' | 'TRANSFER_CREDIT' | 'PAYMENT' | 'DIVIDEND' | 'DIRECT_DEPOSIT' | 'ATM_DEPOSIT' | 'ELECTRONIC_TRANSFER_CREDIT' | 'POS_CREDIT' | 'BILL_PAYMENT_CREDIT' | 'ACH_CREDIT' | 'INTEREST_POSTING' | 'LEDGER_ADJUSTMENT_CREDIT' | 'MISCELLANEOUS_CREDIT' | 'RETURN_OF_GOODS' | 'REFUND' | 'PAYMENT_CREDIT_CARD' | 'CREDIT_ADJUSTMENT' | 'OTHER'>;
  UserError: ResolverTypeWrapper<Omit<UserError, 'code'> & { code: ResolversTypes['UserErrorCode'] }>;
  UserErrorCode: ResolverTypeWrapper<'INVALID_INPUT' | 'NOT_FOUND' | 'NICKNAME_EMPTY' | 'NICKNAME_TOO_LONG' | 'JOINT_ACCOUNT_NICKNAME_LOCKED' | 'FEATURE_DISABLED' | 'DUPLICATE_RECIPIENT' | 'DUPLICATE_NICKNAME' | 'INVALID_EMAIL' | 'FIELD_TOO_LONG' | 'ACCOUNT_TYPE_NOT_ALLOWED' | 'INVALID_RECIPIENT' | 'INVALID_PASSCODE' | 'RECIPIENT_VALIDATION_FAILED' | 'RECIPIENT_NOT_FOUND' | 'NOT_SUPPORTED'>;
  Viewer: ResolverTypeWrapper<ViewerMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountMapper;
  ID: Scalars['ID']['output'];
  AccountActions: AccountActionsMapper;
  AccountBalance: AccountBalanceMapper;
  AccountCertificate: AccountCertificateMapper;
  AccountFilter: AccountFilter;
  AccountGroup: AccountGroupMapper;
  AccountGroupConnection: Omit<AccountGroupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccountGroupEdge']>, nodes: Array<ResolversParentTypes['AccountGroup']> };
  AccountGroupEdge: Omit<AccountGroupEdge, 'node'> & { node: ResolversParentTypes['AccountGroup'] };
  AccountInterest: AccountInterestMapper;
  AccountLoan: AccountLoanMapper;
  AccountStatus: AccountStatusMapper;
  AccountType: AccountTypeMapper;
  AccountUpdateInput: AccountUpdateInput;
  AccountUpdatePayload: Omit<AccountUpdatePayload, 'account' | 'userErrors'> & { account?: Maybe<ResolversParentTypes['Account']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AmountRange: AmountRange;
  CurrencyCode: Scalars['CurrencyCode']['output'];
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  LoanPayment: LoanPaymentMapper;
  Location: LocationMapper;
  Money: MoneyMapper;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Recipient: RecipientMapper;
  RecipientCreateInput: RecipientCreateInput;
  RecipientCreatePayload: Omit<RecipientCreatePayload, 'recipient' | 'userErrors'> & { recipient?: Maybe<ResolversParentTypes['Recipient']>, userErrors: Array<ResolversParentTypes['UserError']> };
  RecipientDeletePayload: Omit<RecipientDeletePayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  RecipientUpdateInput: RecipientUpdateInput;
  RecipientUpdatePayload: Omit<RecipientUpdatePayload, 'recipient' | 'userErrors'> & { recipient?: Maybe<ResolversParentTypes['Recipient']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Term: TermMapper;
  Transaction: TransactionMapper;
  TransactionConnection: Omit<TransactionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TransactionEdge']>, nodes: Array<ResolversParentTypes['Transaction']> };
  TransactionEdge: Omit<TransactionEdge, 'node'> & { node: ResolversParentTypes['Transaction'] };
  TransactionFilter: TransactionFilter;
  UserError: UserError;
  Viewer: ViewerMapper;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type bankCallsDirectiveArgs = {
  count?: Scalars['Int']['input'];
  per?: BankCallUnit;
  shared?: Maybe<Scalars['String']['input']>;
};

export type bankCallsDirectiveResolver<Result, Parent, ContextType = Context, Args = bankCallsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type bankFieldsDirectiveArgs = {
  additional?: Scalars['Boolean']['input'];
  view: BankView;
};

export type bankFieldsDirectiveResolver<Result, Parent, ContextType = Context, Args = bankFieldsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type listSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  listArgument?: Maybe<Scalars['String']['input']>;
  perLocation?: Maybe<Scalars['Int']['input']>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type listSizeDirectiveResolver<Result, Parent, ContextType = Context, Args = listSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allowedActions?: Resolver<Maybe<ResolversTypes['AccountActions']>, ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['AccountBalance'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['AccountCategory'], ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['AccountCertificate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['AccountInterest'], ParentType, ContextType>;
  internalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isVisible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['AccountLoan']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  micrNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nickName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['OwnershipType']>, ParentType, ContextType>;
  primaryHolderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  routingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AccountStatus']>, ParentType, ContextType>;
  transactions?: Resolver<Maybe<ResolversTypes['TransactionConnection']>, ParentType, ContextType, Partial<AccounttransactionsArgs>>;
  type?: Resolver<ResolversTypes['AccountType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountActionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountActions'] = ResolversParentTypes['AccountActions']> = {
  canTransferFrom?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canTransferTo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canViewSummary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  historyEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  historyEntitled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  onlineStatementEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type AccountBalanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountBalance'] = ResolversParentTypes['AccountBalance']> = {
  available?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  lastStatement?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type AccountCategoryResolvers = EnumResolverSignature<{ CROSS_USER_ACCOUNT?: any, DEPOSIT?: any, INVESTMENT?: any, LOAN?: any, TIERED_LOAN?: any }, ResolversTypes['AccountCategory']>;

export type AccountCertificateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountCertificate'] = ResolversParentTypes['AccountCertificate']> = {
  maturityDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['Term']>, ParentType, ContextType>;
};

export type AccountGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountGroup'] = ResolversParentTypes['AccountGroup']> = {
  accounts?: Resolver<Maybe<Array<ResolversTypes['Account']>>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
};

export type AccountGroupConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountGroupConnection'] = ResolversParentTypes['AccountGroupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountGroupEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccountGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountGroupEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountGroupEdge'] = ResolversParentTypes['AccountGroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccountGroup'], ParentType, ContextType>;
};

export type AccountInterestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountInterest'] = ResolversParentTypes['AccountInterest']> = {
  rate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  yearToDate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type AccountLoanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountLoan'] = ResolversParentTypes['AccountLoan']> = {
  calculatedPayoffAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  currentPrincipalBalance?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  escrowBalance?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  lastPrincipalPayment?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  lineOfCreditLimit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  maturityDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  minimumPayment?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  nextPayment?: Resolver<Maybe<ResolversTypes['LoanPayment']>, ParentType, ContextType>;
  originalAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  originationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  pastPrincipalDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  payoffAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['Term']>, ParentType, ContextType>;
};

export type AccountStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountStatus'] = ResolversParentTypes['AccountStatus']> = {
  hasCreditBalance?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPaymentCoupon?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isApproved?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDeleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isDelinquent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isInCollection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isNegativeBalance?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isNotApproved?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isOverLimit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isRetirementPlan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isRetirementPlanOwnedByDeceased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isWrittenOff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AccountTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountType'] = ResolversParentTypes['AccountType']> = {
  code?: Resolver<ResolversTypes['AccountTypeCode'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccountTypeCodeResolvers = EnumResolverSignature<{ BROKERAGE?: any, CERT_OF_DEPOSIT?: any, CHECKING?: any, COMMERCIAL_LOAN?: any, COMMERCIAL_REFI_LOAN?: any, CONSUMER_LOAN?: any, CREDIT_CARD_LOAN?: any, CSI_CERT_OF_DEPOSIT?: any, GENERAL_LEDGER_ACCOUNT?: any, GENERAL_LEDGER_CODE?: any, HOME_EQUITY_LOAN?: any, INSTALLMENT_LOAN?: any, KEOGH?: any, LINE_OF_CREDIT_LOAN?: any, MONEY_MARKET?: any, MORTGAGE_LOAN?: any, RESIDENTIAL_MORTGAGE_LOAN?: any, RETIREMENT_401K?: any, RETIREMENT_IRA?: any, SAVINGS?: any, TCL_CREDIT_LINE?: any, TCL_MASTER?: any, TCL_NOTE?: any, TRUST?: any, UNKNOWN?: any, USER_DEFINED?: any }, ResolversTypes['AccountTypeCode']>;

export type AccountUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountUpdatePayload'] = ResolversParentTypes['AccountUpdatePayload']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BankCallUnitResolvers = EnumResolverSignature<{ ACCOUNT_ID?: any, GLOBAL_ID?: any, LOCATION?: any, PARENT?: any }, ResolversTypes['BankCallUnit']>;

export type BankViewResolvers = EnumResolverSignature<{ FULL?: any, M?: any, S?: any }, ResolversTypes['BankView']>;

export interface CurrencyCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CurrencyCode'], any> {
  name: 'CurrencyCode';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type LoanPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoanPayment'] = ResolversParentTypes['LoanPayment']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type LocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  accounts?: Resolver<Maybe<Array<ResolversTypes['Account']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  accountUpdate?: Resolver<Maybe<ResolversTypes['AccountUpdatePayload']>, ParentType, ContextType, RequireFields<MutationaccountUpdateArgs, 'id' | 'input'>>;
  recipientCreate?: Resolver<Maybe<ResolversTypes['RecipientCreatePayload']>, ParentType, ContextType, RequireFields<MutationrecipientCreateArgs, 'input'>>;
  recipientDelete?: Resolver<Maybe<ResolversTypes['RecipientDeletePayload']>, ParentType, ContextType, RequireFields<MutationrecipientDeleteArgs, 'id'>>;
  recipientUpdate?: Resolver<Maybe<ResolversTypes['RecipientUpdatePayload']>, ParentType, ContextType, RequireFields<MutationrecipientUpdateArgs, 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'Account' | 'Location' | 'Recipient' | 'Transaction' | 'Viewer', ParentType, ContextType>;
};

export type OwnershipTypeResolvers = EnumResolverSignature<{ CROSS?: any, JOINT?: any, PRIMARY?: any }, ResolversTypes['OwnershipType']>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RecipientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recipient'] = ResolversParentTypes['Recipient']> = {
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accountType?: Resolver<Maybe<ResolversTypes['RecipientAccountType']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nickName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecipientAccountTypeResolvers = EnumResolverSignature<{ BROKERAGE?: any, CERT_OF_DEPOSIT?: any, CHECKING?: any, COMMERCIAL_LOAN?: any, COMMERCIAL_REFI_LOAN?: any, CONSUMER_LOAN?: any, CREDIT_CARD_LOAN?: any, CSI_CERT_OF_DEPOSIT?: any, GENERAL_LEDGER_ACCOUNT?: any, GENERAL_LEDGER_CODE?: any, HOME_EQUITY_LOAN?: any, INSTALLMENT_LOAN?: any, KEOGH?: any, LINE_OF_CREDIT_LOAN?: any, MONEY_MARKET?: any, MORTGAGE_LOAN?: any, RESIDENTIAL_MORTGAGE_LOAN?: any, RETIREMENT_401K?: any, RETIREMENT_IRA?: any, SAVINGS?: any, TCL_CREDIT_LINE?: any, TCL_MASTER?: any, TCL_NOTE?: any, UNKNOWN?: any, USER_DEFINED?: any }, ResolversTypes['RecipientAccountType']>;

export type RecipientCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientCreatePayload'] = ResolversParentTypes['RecipientCreatePayload']> = {
  recipient?: Resolver<Maybe<ResolversTypes['Recipient']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RecipientDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientDeletePayload'] = ResolversParentTypes['RecipientDeletePayload']> = {
  deletedRecipientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RecipientUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientUpdatePayload'] = ResolversParentTypes['RecipientUpdatePayload']> = {
  recipient?: Resolver<Maybe<ResolversTypes['Recipient']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Term'] = ResolversParentTypes['Term']> = {
  duration?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['TermUnit'], ParentType, ContextType>;
};

export type TermUnitResolvers = EnumResolverSignature<{ DAYS?: any, MONTHS?: any, UNKNOWN?: any, WEEKS?: any, YEARS?: any }, ResolversTypes['TermUnit']>;

export type TransactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transaction'] = ResolversParentTypes['Transaction']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  checkNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['TransactionDirection'], ParentType, ContextType>;
  effectiveDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCredit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runningBalance?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  signedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransactionStatus'], ParentType, ContextType>;
  transactionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TransactionType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransactionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransactionConnection'] = ResolversParentTypes['TransactionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TransactionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Transaction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TransactionDirectionResolvers = EnumResolverSignature<{ CREDIT?: any, DEBIT?: any }, ResolversTypes['TransactionDirection']>;

export type TransactionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransactionEdge'] = ResolversParentTypes['TransactionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transaction'], ParentType, ContextType>;
};

export type TransactionStatusResolvers = EnumResolverSignature<{ PENDING?: any, POSTED?: any }, ResolversTypes['TransactionStatus']>;

export type TransactionTypeResolvers = EnumResolverSignature<{ ACH_CHECK?: any, ACH_CREDIT?: any, ADVANCE?: any, ANNUAL_FEE?: any, ATM_DEPOSIT?: any, ATM_FEE?: any, ATM_WITHDRAWAL?: any, AUTOMATIC_DEBIT?: any, BILL_PAYMENT?: any, BILL_PAYMENT_CREDIT?: any, CASH_ADVANCE?: any, CHECK?: any, CHECK_BOOK_CHARGE?: any, CREDIT_ADJUSTMENT?: any, DEBIT_ADJUSTMENT?: any, DEPOSIT?: any, DIRECT_DEPOSIT?: any, DIVIDEND?: any, EARLY_WITHDRAWAL_FEE?: any, ELECTRONIC_TRANSFER_CREDIT?: any, ELECTRONIC_TRANSFER_DEBIT?: any, INSUFFICIENT_FUNDS_CHARGE?: any, INTEREST_CHARGE?: any, INTEREST_CHARGE_NORMAL?: any, INTEREST_POSTING?: any, LATE_PAYMENT_FEE?: any, LEDGER_ADJUSTMENT_CREDIT?: any, LEDGER_ADJUSTMENT_DEBIT?: any, MAIL_ORDER_OR_TELEPHONE_PURCHASE?: any, MISCELLANEOUS_CREDIT?: any, MISCELLANEOUS_DEBIT?: any, OTHER?: any, OVERDRAFT_FEE?: any, PAYMENT?: any, PAYMENT_CREDIT_CARD?: any, POS_CREDIT?: any, POS_PURCHASE?: any, POS_PURCHASE_FEE?: any, REFUND?: any, RETAIL_PURCHASE?: any, RETURNED_CHECK_FEE?: any, RETURN_OF_GOODS?: any, SAVINGS_WITHDRAWAL_OTHER?: any, SAVINGS_WITHDRAWAL_PASSBOOK?: any, SERVICE_CHARGE?: any, STOP_PAYMENT_FEE?: any, TELEPHONE_TRANSFER_CREDIT?: any, TELEPHONE_TRANSFER_DEBIT?: any, TRANSFER_CREDIT?: any, TRANSFER_DEBIT?: any, WITHDRAWAL?: any }, ResolversTypes['TransactionType']>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserErrorCodeResolvers = EnumResolverSignature<{ ACCOUNT_TYPE_NOT_ALLOWED?: any, DUPLICATE_NICKNAME?: any, DUPLICATE_RECIPIENT?: any, FEATURE_DISABLED?: any, FIELD_TOO_LONG?: any, INVALID_EMAIL?: any, INVALID_INPUT?: any, INVALID_PASSCODE?: any, INVALID_RECIPIENT?: any, JOINT_ACCOUNT_NICKNAME_LOCKED?: any, NICKNAME_EMPTY?: any, NICKNAME_TOO_LONG?: any, NOT_FOUND?: any, NOT_SUPPORTED?: any, RECIPIENT_NOT_FOUND?: any, RECIPIENT_VALIDATION_FAILED?: any }, ResolversTypes['UserErrorCode']>;

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<VieweraccountArgs, 'id'>>;
  accountGroups?: Resolver<ResolversTypes['AccountGroupConnection'], ParentType, ContextType, RequireFields<VieweraccountGroupsArgs, 'first'>>;
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, Partial<VieweraccountsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['Recipient']>, ParentType, ContextType, RequireFields<ViewerrecipientArgs, 'id'>>;
  recipients?: Resolver<Array<ResolversTypes['Recipient']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Account?: AccountResolvers<ContextType>;
  AccountActions?: AccountActionsResolvers<ContextType>;
  AccountBalance?: AccountBalanceResolvers<ContextType>;
  AccountCategory?: AccountCategoryResolvers;
  AccountCertificate?: AccountCertificateResolvers<ContextType>;
  AccountGroup?: AccountGroupResolvers<ContextType>;
  AccountGroupConnection?: AccountGroupConnectionResolvers<ContextType>;
  AccountGroupEdge?: AccountGroupEdgeResolvers<ContextType>;
  AccountInterest?: AccountInterestResolvers<ContextType>;
  AccountLoan?: AccountLoanResolvers<ContextType>;
  AccountStatus?: AccountStatusResolvers<ContextType>;
  AccountType?: AccountTypeResolvers<ContextType>;
  AccountTypeCode?: AccountTypeCodeResolvers;
  AccountUpdatePayload?: AccountUpdatePayloadResolvers<ContextType>;
  BankCallUnit?: BankCallUnitResolvers;
  BankView?: BankViewResolvers;
  CurrencyCode?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  LoanPayment?: LoanPaymentResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OwnershipType?: OwnershipTypeResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recipient?: RecipientResolvers<ContextType>;
  RecipientAccountType?: RecipientAccountTypeResolvers;
  RecipientCreatePayload?: RecipientCreatePayloadResolvers<ContextType>;
  RecipientDeletePayload?: RecipientDeletePayloadResolvers<ContextType>;
  RecipientUpdatePayload?: RecipientUpdatePayloadResolvers<ContextType>;
  Term?: TermResolvers<ContextType>;
  TermUnit?: TermUnitResolvers;
  Transaction?: TransactionResolvers<ContextType>;
  TransactionConnection?: TransactionConnectionResolvers<ContextType>;
  TransactionDirection?: TransactionDirectionResolvers;
  TransactionEdge?: TransactionEdgeResolvers<ContextType>;
  TransactionStatus?: TransactionStatusResolvers;
  TransactionType?: TransactionTypeResolvers;
  UserError?: UserErrorResolvers<ContextType>;
  UserErrorCode?: UserErrorCodeResolvers;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  bankCalls?: bankCallsDirectiveResolver<any, any, ContextType>;
  bankFields?: bankFieldsDirectiveResolver<any, any, ContextType>;
  listSize?: listSizeDirectiveResolver<any, any, ContextType>;
};
