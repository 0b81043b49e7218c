/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Conditions for `Viewer.accounts`. All given conditions must hold. */
export type AccountFilter = {
  /** Only accounts in one of these categories. Omit (or null) for all categories; an empty list matches nothing. */
  categories?: Array<AccountCategory> | null | undefined;
  /** Whether to include accounts of other members the viewer may use (category `CROSS_USER_ACCOUNT`). `false` leaves them out and is faster, because the bank skips an extra lookup. */
  includeCrossAccounts?: boolean | null | undefined;
  /** `true`: only accounts the customer chose to show; `false`: only hidden ones. Omit for both. */
  isVisible?: boolean | null | undefined;
  /** Only accounts of this location (a `Location` global id, see `Viewer.locations`). An id the viewer cannot see yields an empty list. */
  locationId?: string | number | null | undefined;
  /** Only accounts of one of these product types. Omit (or null) for all types; an empty list matches nothing. */
  types?: Array<AccountTypeCode> | null | undefined;
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
  isVisible?: boolean | null | undefined;
  /** The new nickname shown instead of the product description. Must not be empty; the institution sets a maximum length (40 characters in the sandbox). Not allowed on joint accounts. */
  nickName?: string | null | undefined;
};

/** An inclusive range of amounts in the account's currency; either end may be omitted. */
export type AmountRange = {
  /** Largest amount included, e.g. `"250"`. Must not be below `min`. */
  max?: string | null | undefined;
  /** Smallest amount included, e.g. `"100.00"`. */
  min?: string | null | undefined;
};

/** How the viewer holds an account. */
export type OwnershipType =
  /** The account belongs to another member and is shared with the viewer (cross-account access). */
  | 'CROSS'
  /** The viewer is a joint owner. Joint accounts cannot be renamed. */
  | 'JOINT'
  /** The viewer is the primary owner. */
  | 'PRIMARY';

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
  accountNumber: string;
  /** The type of the recipient's account; the institution may allow only some types. */
  accountType: RecipientAccountType;
  /** An email address for transfer notifications to the recipient. */
  email?: string | null | undefined;
  /** The viewer's account (global `Account` id) for the test transfer. Required when `validate` is true. */
  fromAccountId?: string | number | null | undefined;
  /** The recipient's full name. */
  fullName?: string | null | undefined;
  /** The recipient's member number at the institution. */
  memberNumber: string;
  /** The name to show for the recipient. Must be unique among the viewer's recipients. */
  nickName?: string | null | undefined;
  /** The recipient's passcode, by which the institution checks who the recipient is (commonly the first three letters of the recipient's last name). Write-only: never returned. */
  passCode?: string | null | undefined;
  /** `true` makes the bank prove the details with a test transfer from `fromAccountId` before saving. */
  validate?: boolean | null | undefined;
};

/** Changes to a recipient. Omitted fields stay as they are. */
export type RecipientUpdateInput = {
  /** The recipient's full account number. */
  accountNumber?: string | null | undefined;
  /** The type of the recipient's account. */
  accountType?: RecipientAccountType | null | undefined;
  /** An email address for transfer notifications to the recipient. */
  email?: string | null | undefined;
  /** The viewer's account (global `Account` id) the bank uses to validate changed account details. */
  fromAccountId?: string | number | null | undefined;
  /** The recipient's full name. */
  fullName?: string | null | undefined;
  /** The recipient's member number at the institution. */
  memberNumber?: string | null | undefined;
  /** The new name to show. Must be unique among the viewer's recipients. */
  nickName?: string | null | undefined;
  /** The recipient's passcode. Write-only: never returned. */
  passCode?: string | null | undefined;
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

/** Which way money moved. */
export type TransactionDirection =
  /** Money came into the account (increases a deposit balance, reduces a loan balance). */
  | 'CREDIT'
  /** Money went out of the account (reduces a deposit balance, increases a loan balance). */
  | 'DEBIT';

/** Which transactions `Account.transactions` returns: a date window, sent to the bank, and optional criteria that all must hold. The bank filters by date only (it refuses other filters), so the criteria are applied by this API to the whole date window: pages, cursors and `totalCount` are those of the filtered list. Omit everything for the institution's default window (usually the last 30 days). */
export type TransactionFilter = {
  /** Only transactions whose `amount` (always positive, whatever the direction) lies in this range. */
  amount?: AmountRange | null | undefined;
  /** Only credits (money in) or only debits (money out). */
  direction?: TransactionDirection | null | undefined;
  /** Last day of the window, inclusive. When omitted, the institution's default (normally today). Must not be before `startDate`. */
  endDate?: string | null | undefined;
  /** First day of the window, inclusive. When omitted, the institution's default (usually 30 days before `endDate`). */
  startDate?: string | null | undefined;
  /** Only transactions whose `description` contains this text, ignoring case (1 to 100 characters). */
  text?: string | null | undefined;
  /** Only transactions of these types (`OTHER` matches types this API does not list). An empty list matches nothing. */
  types?: Array<TransactionType> | null | undefined;
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

export type AccountDetailQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  window?: TransactionFilter | null | undefined;
}>;


export type AccountDetailQuery = { viewer: { __typename: 'Viewer', id: string, account: { __typename: 'Account', routingNumber: string | null, ownership: OwnershipType | null, id: string, displayName: string, nickName: string | null, accountNumber: string, category: AccountCategory, isVisible: boolean, isOverdrawn: boolean, interest: { __typename: 'AccountInterest', rate: string | null, yearToDate: { __typename: 'Money', amount: string, currencyCode: string } | null }, loan: { __typename: 'AccountLoan', nextPayment: { __typename: 'LoanPayment', dueDate: string | null, amount: { __typename: 'Money', amount: string, currencyCode: string } | null } | null, payoffAmount: { __typename: 'Money', amount: string, currencyCode: string } | null, term: { __typename: 'Term', duration: number, unit: TermUnit } | null } | null, certificate: { __typename: 'AccountCertificate', maturityDate: string | null, term: { __typename: 'Term', duration: number, unit: TermUnit } | null } | null, allowedActions: { __typename: 'AccountActions', historyEnabled: boolean, historyEntitled: boolean } | null, transactions: { __typename: 'TransactionConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'TransactionEdge', cursor: string, node: { __typename: 'Transaction', id: string, description: string | null, memo: string | null, type: TransactionType, status: TransactionStatus, isPending: boolean, direction: TransactionDirection, transactionDate: string | null, checkNumber: string | null, amount: { __typename: 'Money', amount: string, currencyCode: string }, signedAmount: { __typename: 'Money', amount: string, currencyCode: string }, runningBalance: { __typename: 'Money', amount: string, currencyCode: string } | null } }> } | null, type: { __typename: 'AccountType', code: AccountTypeCode, description: string | null }, balance: { __typename: 'AccountBalance', current: { __typename: 'Money', amount: string, currencyCode: string } | null, available: { __typename: 'Money', amount: string, currencyCode: string } | null }, status: { __typename: 'AccountStatus', isOpen: boolean, isClosed: boolean, isDelinquent: boolean } | null } | null } };

export type TransactionRowFragment = { __typename: 'Transaction', id: string, description: string | null, memo: string | null, type: TransactionType, status: TransactionStatus, isPending: boolean, direction: TransactionDirection, transactionDate: string | null, checkNumber: string | null, amount: { __typename: 'Money', amount: string, currencyCode: string }, signedAmount: { __typename: 'Money', amount: string, currencyCode: string }, runningBalance: { __typename: 'Money', amount: string, currencyCode: string } | null };

export type RenameAccountMutationVariables = Exact<{
  id: string | number;
  input: AccountUpdateInput;
}>;


export type RenameAccountMutation = { accountUpdate: { __typename: 'AccountUpdatePayload', account: { __typename: 'Account', id: string, displayName: string, nickName: string | null, accountNumber: string, category: AccountCategory, isVisible: boolean, isOverdrawn: boolean, type: { __typename: 'AccountType', code: AccountTypeCode, description: string | null }, balance: { __typename: 'AccountBalance', current: { __typename: 'Money', amount: string, currencyCode: string } | null, available: { __typename: 'Money', amount: string, currencyCode: string } | null }, status: { __typename: 'AccountStatus', isOpen: boolean, isClosed: boolean, isDelinquent: boolean } | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } | null };

export type BusinessLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessLocationsQuery = { viewer: { __typename: 'Viewer', id: string, locations: Array<{ __typename: 'Location', id: string, name: string | null, isPrimary: boolean }> } };

export type LocationAccountsQueryVariables = Exact<{
  locationId: string | number;
}>;


export type LocationAccountsQuery = { viewer: { __typename: 'Viewer', id: string, accounts: Array<{ __typename: 'Account', id: string, displayName: string, nickName: string | null, accountNumber: string, category: AccountCategory, isVisible: boolean, isOverdrawn: boolean, location: { __typename: 'Location', id: string } | null, type: { __typename: 'AccountType', code: AccountTypeCode, description: string | null }, balance: { __typename: 'AccountBalance', current: { __typename: 'Money', amount: string, currencyCode: string } | null, available: { __typename: 'Money', amount: string, currencyCode: string } | null }, status: { __typename: 'AccountStatus', isOpen: boolean, isClosed: boolean, isDelinquent: boolean } | null }> } };

export type AccountGroupsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountGroupsQuery = { viewer: { __typename: 'Viewer', id: string, accountGroups: { __typename: 'AccountGroupConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'AccountGroupEdge', cursor: string, node: { __typename: 'AccountGroup', location: { __typename: 'Location', id: string, name: string | null, isPrimary: boolean }, accounts: Array<{ __typename: 'Account', id: string, displayName: string, nickName: string | null, accountNumber: string, category: AccountCategory, isVisible: boolean, isOverdrawn: boolean, type: { __typename: 'AccountType', code: AccountTypeCode, description: string | null }, balance: { __typename: 'AccountBalance', current: { __typename: 'Money', amount: string, currencyCode: string } | null, available: { __typename: 'Money', amount: string, currencyCode: string } | null }, status: { __typename: 'AccountStatus', isOpen: boolean, isClosed: boolean, isDelinquent: boolean } | null }> | null } }> } } };

export type RetailDashboardQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
}>;


export type RetailDashboardQuery = { viewer: { __typename: 'Viewer', id: string, accounts: Array<{ __typename: 'Account', id: string, displayName: string, nickName: string | null, accountNumber: string, category: AccountCategory, isVisible: boolean, isOverdrawn: boolean, allowedActions: { __typename: 'AccountActions', canTransferFrom: boolean, canTransferTo: boolean } | null, type: { __typename: 'AccountType', code: AccountTypeCode, description: string | null }, balance: { __typename: 'AccountBalance', current: { __typename: 'Money', amount: string, currencyCode: string } | null, available: { __typename: 'Money', amount: string, currencyCode: string } | null }, status: { __typename: 'AccountStatus', isOpen: boolean, isClosed: boolean, isDelinquent: boolean } | null }>, recipients: Array<{ __typename: 'Recipient', id: string, nickName: string | null, fullName: string | null, accountNumber: string | null, accountType: RecipientAccountType | null, email: string | null }> } };

export type MoneyPartsFragment = { __typename: 'Money', amount: string, currencyCode: string };

export type AccountRowFragment = { __typename: 'Account', id: string, displayName: string, nickName: string | null, accountNumber: string, category: AccountCategory, isVisible: boolean, isOverdrawn: boolean, type: { __typename: 'AccountType', code: AccountTypeCode, description: string | null }, balance: { __typename: 'AccountBalance', current: { __typename: 'Money', amount: string, currencyCode: string } | null, available: { __typename: 'Money', amount: string, currencyCode: string } | null }, status: { __typename: 'AccountStatus', isOpen: boolean, isClosed: boolean, isDelinquent: boolean } | null };

export type RecipientRowFragment = { __typename: 'Recipient', id: string, nickName: string | null, fullName: string | null, accountNumber: string | null, accountType: RecipientAccountType | null, email: string | null };

export type UserErrorPartsFragment = { __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string };

export type PageInfoPartsFragment = { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type CreateRecipientMutationVariables = Exact<{
  input: RecipientCreateInput;
}>;


export type CreateRecipientMutation = { recipientCreate: { __typename: 'RecipientCreatePayload', recipient: { __typename: 'Recipient', id: string, nickName: string | null, fullName: string | null, accountNumber: string | null, accountType: RecipientAccountType | null, email: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } | null };

export type UpdateRecipientMutationVariables = Exact<{
  id: string | number;
  input: RecipientUpdateInput;
}>;


export type UpdateRecipientMutation = { recipientUpdate: { __typename: 'RecipientUpdatePayload', recipient: { __typename: 'Recipient', id: string, nickName: string | null, fullName: string | null, accountNumber: string | null, accountType: RecipientAccountType | null, email: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } | null };

export type DeleteRecipientMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRecipientMutation = { recipientDelete: { __typename: 'RecipientDeletePayload', deletedRecipientId: string | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } | null };

export type RecipientByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type RecipientByIdQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'Location' }
    | { __typename: 'Recipient', id: string, nickName: string | null, fullName: string | null, accountNumber: string | null, accountType: RecipientAccountType | null, email: string | null }
    | { __typename: 'Transaction' }
    | { __typename: 'Viewer' }
   | null };

export const MoneyPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MoneyPartsFragment, unknown>;
export const TransactionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPending"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"transactionDate"}},{"kind":"Field","name":{"kind":"Name","value":"checkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TransactionRowFragment, unknown>;
export const AccountRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isVisible"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isDelinquent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AccountRowFragment, unknown>;
export const RecipientRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RecipientRowFragment, unknown>;
export const UserErrorPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UserErrorPartsFragment, unknown>;
export const PageInfoPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PageInfoPartsFragment, unknown>;
export const AccountDetailDocument = {"__meta__":{"hash":"sha256:bff362c46806cc2ec1c00bac2f19a1fb9c4c6efbf0ba0818b8560c2dd80a419c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"yearToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maturityDate"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"historyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"historyEntitled"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isVisible"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isDelinquent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPending"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"transactionDate"}},{"kind":"Field","name":{"kind":"Name","value":"checkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AccountDetailQuery, AccountDetailQueryVariables>;
export const RenameAccountDocument = {"__meta__":{"hash":"sha256:3f822cad99bfedd92ccec7e4215c30c697328b9ce34f036bfe449638773b894b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isVisible"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isDelinquent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RenameAccountMutation, RenameAccountMutationVariables>;
export const BusinessLocationsDocument = {"__meta__":{"hash":"sha256:4a1e9498a2ffd96bbfb693f85ad8ab7b0bbcff95629a454a55d53a0fb04c72fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BusinessLocationsQuery, BusinessLocationsQueryVariables>;
export const LocationAccountsDocument = {"__meta__":{"hash":"sha256:ade205841e74f03490cb3b6f563f7fa5c00e83018471afc8a0e55686b1648cdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isVisible"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isDelinquent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<LocationAccountsQuery, LocationAccountsQueryVariables>;
export const AccountGroupsDocument = {"__meta__":{"hash":"sha256:cc0fc60590fb6c34bdb4c0004d488de4a869fe0f34bcce9b0ee2a72e878a911e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isVisible"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isDelinquent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AccountGroupsQuery, AccountGroupsQueryVariables>;
export const RetailDashboardDocument = {"__meta__":{"hash":"sha256:d7139aa2f1edb67762226ec1d4dea354110954069a0769e2909227b88fda9891"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetailDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canTransferFrom"}},{"kind":"Field","name":{"kind":"Name","value":"canTransferTo"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isVisible"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isDelinquent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RetailDashboardQuery, RetailDashboardQueryVariables>;
export const CreateRecipientDocument = {"__meta__":{"hash":"sha256:3b88643a4484b0a445522a73f772eb2fc3329ade677a87479bb78156e352676d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRecipient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateRecipientMutation, CreateRecipientMutationVariables>;
export const UpdateRecipientDocument = {"__meta__":{"hash":"sha256:c2f99af8dac417a82acd8d30c71895986d9496e285b0378198370cb190eb0553"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRecipient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateRecipientMutation, UpdateRecipientMutationVariables>;
export const DeleteRecipientDocument = {"__meta__":{"hash":"sha256:77ace9035178b42059185a537bffb232b3336d78faf4cdc2e333ccae0cc8c88c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRecipient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRecipientId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DeleteRecipientMutation, DeleteRecipientMutationVariables>;
export const RecipientByIdDocument = {"__meta__":{"hash":"sha256:fb7311979c709f355a02bccf4022db28c4fb87888ffc4b416a5abd37466feb0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecipientById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecipientRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecipientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RecipientByIdQuery, RecipientByIdQueryVariables>;