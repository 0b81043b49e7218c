// Candescent's TransactionType values (contract §8; the contract says 51 but lists these 50) with
// the direction, a plausible amount range and descriptions, plus which types each product family uses.

export interface TransactionTypeMeta {
  credit: boolean;
  min: number;
  max: number;
  descriptions: readonly string[];
}

const d = (credit: boolean, min: number, max: number, ...descriptions: string[]): TransactionTypeMeta =>
  ({ credit, min, max, descriptions });

export const TRANSACTION_TYPES: Record<string, TransactionTypeMeta> = {
  WITHDRAWAL: d(false, 20, 400, 'Teller withdrawal', 'Branch cash withdrawal'),
  CHECK: d(false, 25, 1800, 'Check'),
  SAVINGS_WITHDRAWAL_PASSBOOK: d(false, 50, 500, 'Passbook withdrawal'),
  SAVINGS_WITHDRAWAL_OTHER: d(false, 50, 900, 'Savings withdrawal'),
  TELEPHONE_TRANSFER_DEBIT: d(false, 50, 800, 'Telephone banking transfer out'),
  TRANSFER_DEBIT: d(false, 25, 1500, 'Online transfer to savings', 'Transfer to checking'),
  ADVANCE: d(false, 200, 2500, 'Line of credit advance'),
  AUTOMATIC_DEBIT: d(false, 9.99, 220, 'NETFLIX.COM autopay', 'PLANET FITNESS dues', 'STATE FARM insurance', 'SPOTIFY USA'),
  ATM_WITHDRAWAL: d(false, 20, 300, 'ATM withdrawal - 5th & Main', 'ATM withdrawal - Airport T2'),
  ELECTRONIC_TRANSFER_DEBIT: d(false, 25, 900, 'Zelle payment sent', 'Venmo cashout reversal'),
  POS_PURCHASE: d(false, 3.5, 180, 'WHOLE FOODS MKT #10234', 'SHELL OIL 5744', 'STARBUCKS STORE 8812', 'TARGET T-1123', 'CHIPOTLE 2231'),
  BILL_PAYMENT: d(false, 45, 420, 'Bill pay - City Power & Light', 'Bill pay - Metro Water', 'Bill pay - Comcast'),
  ACH_CHECK: d(false, 40, 600, 'Electronic check conversion'),
  SERVICE_CHARGE: d(false, 5, 15, 'Monthly maintenance fee'),
  CHECK_BOOK_CHARGE: d(false, 18, 32, 'Check reorder charge'),
  ATM_FEE: d(false, 2.5, 3.5, 'Non-network ATM fee'),
  POS_PURCHASE_FEE: d(false, 1, 3, 'Foreign transaction fee'),
  STOP_PAYMENT_FEE: d(false, 30, 35, 'Stop payment fee'),
  INTEREST_CHARGE_NORMAL: d(false, 20, 900, 'Interest charge'),
  INSUFFICIENT_FUNDS_CHARGE: d(false, 29, 35, 'NSF item fee'),
  RETURNED_CHECK_FEE: d(false, 12, 25, 'Returned deposited item fee'),
  OVERDRAFT_FEE: d(false, 29, 35, 'Overdraft fee'),
  EARLY_WITHDRAWAL_FEE: d(false, 25, 150, 'Early withdrawal penalty'),
  LEDGER_ADJUSTMENT_DEBIT: d(false, 1, 50, 'Ledger adjustment'),
  MISCELLANEOUS_DEBIT: d(false, 1, 60, 'Miscellaneous debit'),
  RETAIL_PURCHASE: d(false, 12, 350, 'AMAZON.COM*2K4', 'BEST BUY 00012', 'HOME DEPOT #4410', 'IKEA SEATTLE'),
  MAIL_ORDER_OR_TELEPHONE_PURCHASE: d(false, 15, 240, 'LL BEAN phone order', 'Catalog order - Lands End'),
  CASH_ADVANCE: d(false, 100, 500, 'Cash advance'),
  ANNUAL_FEE: d(false, 95, 95, 'Annual membership fee'),
  LATE_PAYMENT_FEE: d(false, 25, 40, 'Late payment fee'),
  INTEREST_CHARGE: d(false, 5, 120, 'Purchase interest charge'),
  DEBIT_ADJUSTMENT: d(false, 1, 40, 'Debit adjustment'),
  DEPOSIT: d(true, 50, 2500, 'Branch deposit', 'Mobile check deposit'),
  TELEPHONE_TRANSFER_CREDIT: d(true, 50, 800, 'Telephone banking transfer in'),
  TRANSFER_CREDIT: d(true, 25, 1500, 'Online transfer from checking', 'Transfer from savings'),
  PAYMENT: d(true, 150, 2400, 'Loan payment - thank you'),
  DIVIDEND: d(true, 0.5, 120, 'Dividend'),
  DIRECT_DEPOSIT: d(true, 1800, 3900, 'ACME CORP PAYROLL', 'IRS TREAS 310 TAX REF'),
  ATM_DEPOSIT: d(true, 40, 900, 'ATM deposit - 5th & Main'),
  ELECTRONIC_TRANSFER_CREDIT: d(true, 25, 900, 'Zelle payment received'),
  POS_CREDIT: d(true, 5, 120, 'POS return - TARGET T-1123'),
  BILL_PAYMENT_CREDIT: d(true, 20, 300, 'Bill pay refund'),
  ACH_CREDIT: d(true, 20, 1500, 'ACH credit - PAYPAL TRANSFER'),
  INTEREST_POSTING: d(true, 0.5, 180, 'Interest paid'),
  LEDGER_ADJUSTMENT_CREDIT: d(true, 1, 50, 'Ledger adjustment'),
  MISCELLANEOUS_CREDIT: d(true, 1, 80, 'Miscellaneous credit'),
  RETURN_OF_GOODS: d(true, 10, 250, 'Return merchandise to customer'),
  REFUND: d(true, 5, 200, 'Merchant refund'),
  PAYMENT_CREDIT_CARD: d(true, 100, 1500, 'Payment - thank you'),
  CREDIT_ADJUSTMENT: d(true, 1, 60, 'Courtesy credit adjustment'),
};

type Weighted = ReadonlyArray<readonly [string, number]>;

/**
 * Types per product, weighted. Every type appears in some pool, and the generator emits each of a
 * pool's types once before sampling, so every type is present on the busiest accounts.
 */
export const TYPE_POOLS: Record<'checking' | 'savings' | 'term' | 'card' | 'loan' | 'line' | 'investment', Weighted> = {
  checking: [
    ['POS_PURCHASE', 22], ['RETAIL_PURCHASE', 8], ['BILL_PAYMENT', 8], ['AUTOMATIC_DEBIT', 6], ['ATM_WITHDRAWAL', 5],
    ['DIRECT_DEPOSIT', 5], ['ELECTRONIC_TRANSFER_DEBIT', 4], ['TRANSFER_DEBIT', 4], ['CHECK', 4], ['DEPOSIT', 3],
    ['TRANSFER_CREDIT', 3], ['ACH_CHECK', 2], ['ACH_CREDIT', 2], ['ELECTRONIC_TRANSFER_CREDIT', 2], ['REFUND', 2],
    ['WITHDRAWAL', 2], ['MAIL_ORDER_OR_TELEPHONE_PURCHASE', 1], ['ATM_DEPOSIT', 1], ['POS_CREDIT', 1],
    ['SERVICE_CHARGE', 1], ['ATM_FEE', 1], ['POS_PURCHASE_FEE', 0.5], ['CHECK_BOOK_CHARGE', 0.3],
    ['STOP_PAYMENT_FEE', 0.2], ['INSUFFICIENT_FUNDS_CHARGE', 0.3], ['RETURNED_CHECK_FEE', 0.2], ['OVERDRAFT_FEE', 0.3],
    ['LEDGER_ADJUSTMENT_DEBIT', 0.2], ['LEDGER_ADJUSTMENT_CREDIT', 0.2], ['MISCELLANEOUS_DEBIT', 0.2],
    ['MISCELLANEOUS_CREDIT', 0.2], ['BILL_PAYMENT_CREDIT', 0.2],
  ],
  savings: [
    ['TRANSFER_CREDIT', 6], ['DEPOSIT', 3], ['DIVIDEND', 3], ['INTEREST_POSTING', 3], ['TRANSFER_DEBIT', 3],
    ['SAVINGS_WITHDRAWAL_OTHER', 1], ['SAVINGS_WITHDRAWAL_PASSBOOK', 0.5], ['TELEPHONE_TRANSFER_CREDIT', 0.5],
    ['TELEPHONE_TRANSFER_DEBIT', 0.5],
  ],
  term: [['INTEREST_POSTING', 6], ['DIVIDEND', 2], ['EARLY_WITHDRAWAL_FEE', 0.5]],
  card: [
    ['POS_PURCHASE', 20], ['RETAIL_PURCHASE', 10], ['MAIL_ORDER_OR_TELEPHONE_PURCHASE', 2], ['PAYMENT_CREDIT_CARD', 3],
    ['RETURN_OF_GOODS', 1], ['INTEREST_CHARGE', 1], ['CASH_ADVANCE', 0.5], ['LATE_PAYMENT_FEE', 0.2],
    ['ANNUAL_FEE', 0.2], ['DEBIT_ADJUSTMENT', 0.2], ['CREDIT_ADJUSTMENT', 0.3], ['REFUND', 0.5],
  ],
  loan: [['PAYMENT', 10], ['INTEREST_CHARGE_NORMAL', 6], ['LATE_PAYMENT_FEE', 0.5]],
  line: [['ADVANCE', 4], ['PAYMENT', 4], ['INTEREST_CHARGE', 3]],
  investment: [['DEPOSIT', 3], ['DIVIDEND', 4], ['TRANSFER_CREDIT', 2], ['WITHDRAWAL', 1], ['SERVICE_CHARGE', 0.5]],
};
