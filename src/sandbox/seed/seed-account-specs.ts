// Which accounts exist and who sees them. Amounts are balances (for loans: the amount owed).
import type { Category } from '../model.js';
import { BUSINESS_LOCATIONS, type PersonaKey } from './seed-users.js';

export interface AccountSpec {
  label: string;
  type: string;
  description: string;
  nickName?: string;
  balance: number;
  /** Credit limit (cards, lines) or original principal (loans). */
  limit?: number;
  termMonths?: number;
  transactions?: number;
  historyDays?: number;
  owner: PersonaKey;
  location?: string;
  jointWith?: PersonaKey[];
  crossViewers?: PersonaKey[];
  hidden?: boolean;
  historyDisabled?: boolean;
  historyNotEntitled?: boolean;
  closed?: boolean;
  delinquent?: boolean;
}

type Row = Omit<AccountSpec, 'owner' | 'label'> & { slug: string };

function rows(owner: PersonaKey, list: Row[]): AccountSpec[] {
  return list.map(({ slug, ...rest }) => ({ ...rest, owner, label: `${owner}:${slug}` }));
}

// Alex (retailRich): 45 accounts over all five categories, in the order the bank lists them.
const ALEX = rows('alex', [
  { slug: 'everyday-checking', type: 'CHECKING', description: 'Everyday Checking', nickName: 'Everyday', balance: 4825.37, transactions: 420, historyDays: 365 },
  { slug: 'bills-checking', type: 'CHECKING', description: 'Bills Checking', nickName: 'Bills', balance: 1932.1, transactions: 160, historyDays: 365 },
  { slug: 'high-yield-savings', type: 'SAVINGS', description: 'High-Yield Savings', nickName: 'Rainy Day', balance: 18250, transactions: 130, historyDays: 365 },
  { slug: 'emergency-fund', type: 'SAVINGS', description: 'Emergency Fund Savings', balance: 10000 },
  { slug: 'vacation', type: 'SAVINGS', description: 'Vacation Club Savings', nickName: 'Hawaii 2027', balance: 2310.55 },
  { slug: 'holiday-club', type: 'SAVINGS', description: 'Holiday Club Savings', balance: 615.4, hidden: true },
  { slug: 'money-market', type: 'MONEY_MARKET', description: 'Premier Money Market', balance: 25600 },
  { slug: 'cd-6', type: 'CERT_OF_DEPOSIT', description: '6-Month Certificate', balance: 2500, termMonths: 6 },
  { slug: 'cd-12', type: 'CERT_OF_DEPOSIT', description: '12-Month Certificate', balance: 5000, termMonths: 12 },
  { slug: 'cd-24', type: 'CERT_OF_DEPOSIT', description: '24-Month Certificate', balance: 10000, termMonths: 24 },
  { slug: 'cd-60', type: 'CSI_CERT_OF_DEPOSIT', description: '60-Month Jumbo Certificate', balance: 100000, termMonths: 60 },
  { slug: 'kids-savings', type: 'SAVINGS', description: 'Youth Savings', nickName: 'Kids college', balance: 845.2 },
  { slug: 'legacy-checking', type: 'CHECKING', description: 'Legacy Checking', balance: 12, historyDisabled: true },
  { slug: 'escrow-savings', type: 'SAVINGS', description: 'Escrow Holding Savings', balance: 3000, historyNotEntitled: true },
  { slug: 'starter-savings', type: 'SAVINGS', description: 'Starter Savings', balance: 0, closed: true },
  { slug: 'student-checking', type: 'CHECKING', description: 'Student Checking', balance: -42.17 },
  { slug: 'side-project', type: 'CHECKING', description: 'Side Project Checking', balance: 640 },
  { slug: 'pet-fund', type: 'SAVINGS', description: 'Pet Fund Savings', balance: 410 },
  { slug: 'household-checking', type: 'CHECKING', description: 'Household Checking', nickName: 'Household', balance: 7420.88, transactions: 220, historyDays: 365, jointWith: ['jamie'] },
  { slug: 'household-savings', type: 'SAVINGS', description: 'Household Savings', balance: 32000, jointWith: ['jamie'] },
  { slug: 'visa', type: 'CREDIT_CARD_LOAN', description: 'Visa Signature Card', nickName: 'Travel Visa', balance: 1845.62, limit: 15000, transactions: 260, historyDays: 365 },
  { slug: 'mastercard', type: 'CREDIT_CARD_LOAN', description: 'Rewards Mastercard', balance: 312.4, limit: 5000 },
  { slug: 'auto-loan', type: 'INSTALLMENT_LOAN', description: 'New Auto Loan', nickName: 'Car loan', balance: 18450, limit: 32000, termMonths: 60 },
  { slug: 'personal-loan', type: 'CONSUMER_LOAN', description: 'Personal Loan', balance: 6200, limit: 10000, termMonths: 36 },
  { slug: 'mortgage', type: 'MORTGAGE_LOAN', description: '30-Year Fixed Mortgage', nickName: 'Home', balance: 312400, limit: 350000, termMonths: 360, jointWith: ['jamie'] },
  { slug: 'home-equity', type: 'HOME_EQUITY_LOAN', description: 'Home Equity Loan', balance: 22000, limit: 30000, termMonths: 120 },
  { slug: 'credit-line', type: 'LINE_OF_CREDIT_LOAN', description: 'Personal Line of Credit', balance: 1500, limit: 10000 },
  { slug: 'second-mortgage', type: 'RESIDENTIAL_MORTGAGE_LOAN', description: 'Residential Second Mortgage', balance: 48000, limit: 60000, termMonths: 180 },
  { slug: 'student-loan', type: 'INSTALLMENT_LOAN', description: 'Student Loan', balance: 9800, limit: 25000, termMonths: 120, delinquent: true },
  { slug: 'rv-loan', type: 'CONSUMER_LOAN', description: 'Recreational Vehicle Loan', balance: 4100, limit: 15000, termMonths: 48 },
  { slug: 'brokerage', type: 'BROKERAGE', description: 'Self-Directed Brokerage', balance: 58420.15 },
  { slug: 'roth-ira', type: 'RETIREMENT_IRA', description: 'Roth IRA', balance: 41200 },
  { slug: 'traditional-ira', type: 'RETIREMENT_IRA', description: 'Traditional IRA', balance: 23800 },
  { slug: '401k', type: 'RETIREMENT_401K', description: '401(k) Rollover', balance: 152300 },
  { slug: 'trust', type: 'TRUST', description: 'Rivera Family Trust', balance: 250000 },
  { slug: 'keogh', type: 'KEOGH', description: 'Keogh Plan', balance: 18000 },
  { slug: 'tcl-master', type: 'TCL_MASTER', description: 'Tiered Credit Line', balance: 12500, limit: 50000 },
  { slug: 'tcl-note-vehicle', type: 'TCL_NOTE', description: 'Tiered Credit Note - Vehicle', balance: 8000, limit: 12000, termMonths: 48 },
  { slug: 'tcl-note-signature', type: 'TCL_NOTE', description: 'Tiered Credit Note - Signature', balance: 4500, limit: 6000, termMonths: 24 },
  { slug: 'tcl-open-end', type: 'TCL_CREDIT_LINE', description: 'Tiered Credit Line - Open End', balance: 1200, limit: 5000 },
]);

// Maria's accounts reach Alex as CROSS_USER_ACCOUNT (cross-member access), so they close his list.
const MARIA = rows('maria', [
  { slug: 'checking', type: 'CHECKING', description: 'Senior Checking', balance: 3120.45, transactions: 40, crossViewers: ['alex'] },
  { slug: 'savings', type: 'SAVINGS', description: 'Senior Savings', balance: 48000, crossViewers: ['alex'] },
  { slug: 'cd-18', type: 'CERT_OF_DEPOSIT', description: '18-Month Certificate', balance: 20000, termMonths: 18, crossViewers: ['alex'] },
  { slug: 'auto-loan', type: 'INSTALLMENT_LOAN', description: 'Used Auto Loan', balance: 7300, limit: 14000, termMonths: 48, crossViewers: ['alex'] },
  { slug: 'money-market', type: 'MONEY_MARKET', description: 'Money Market', balance: 15000, crossViewers: ['alex'] },
]);

const OTHERS = [
  ...rows('sam', [{ slug: 'checking', type: 'CHECKING', description: 'Free Checking', balance: 2210.75, transactions: 60 }]),
  ...rows('jamie', [
    { slug: 'checking', type: 'CHECKING', description: 'Everyday Checking', balance: 1540, transactions: 40 },
    { slug: 'savings', type: 'SAVINGS', description: 'Savings', balance: 5200 },
  ]),
  ...rows('priya', [
    { slug: 'checking', type: 'CHECKING', description: 'Everyday Checking', balance: 3300, transactions: 30 },
    { slug: 'savings', type: 'SAVINGS', description: 'High-Yield Savings', balance: 12000 },
  ]),
  ...rows('chris', [{ slug: 'checking', type: 'CHECKING', description: 'Free Checking', balance: 980, transactions: 20 }]),
  ...rows('dana', [
    { slug: 'checking', type: 'CHECKING', description: 'Everyday Checking', balance: 2750, transactions: 25 },
    { slug: 'savings', type: 'SAVINGS', description: 'Savings', balance: 8100 },
  ]),
];

// Twelve products per Acme location; balances scale with `size` so locations differ.
const BUSINESS_PRODUCTS: Row[] = [
  { slug: 'operating', type: 'CHECKING', description: 'Business Operating Checking', balance: 84200, transactions: 180, historyDays: 365 },
  { slug: 'payroll', type: 'CHECKING', description: 'Payroll Checking', balance: 46300, transactions: 40 },
  { slug: 'merchant', type: 'CHECKING', description: 'Merchant Deposits Checking', balance: 12750, transactions: 30 },
  { slug: 'petty-cash', type: 'CHECKING', description: 'Petty Cash Checking', balance: 1500 },
  { slug: 'tax-reserve', type: 'SAVINGS', description: 'Tax Reserve Savings', balance: 65000 },
  { slug: 'sweep', type: 'SAVINGS', description: 'Sweep Savings', balance: 120000 },
  { slug: 'money-market', type: 'MONEY_MARKET', description: 'Business Money Market', balance: 240000 },
  { slug: 'cd', type: 'CERT_OF_DEPOSIT', description: 'Business 12-Month CD', balance: 100000, termMonths: 12 },
  { slug: 'card', type: 'CREDIT_CARD_LOAN', description: 'Business Visa', balance: 8640.12, limit: 50000, transactions: 40 },
  { slug: 'equipment', type: 'COMMERCIAL_LOAN', description: 'Equipment Loan', balance: 145000, limit: 250000, termMonths: 84 },
  { slug: 'real-estate', type: 'COMMERCIAL_REFI_LOAN', description: 'Commercial Real Estate Loan', balance: 980000, limit: 1200000, termMonths: 240 },
  { slug: 'line', type: 'LINE_OF_CREDIT_LOAN', description: 'Business Line of Credit', balance: 25000, limit: 150000 },
];

const ACME = BUSINESS_LOCATIONS.flatMap((location, index) => {
  const size = 1 + index * 0.35;
  const short = location.memberName.split(' ')[1]!;
  return rows('acme', BUSINESS_PRODUCTS.map((product) => ({
    ...product,
    slug: `${location.key}:${product.slug}`,
    nickName: `${short} ${product.description}`,
    balance: Math.round(product.balance * size * 100) / 100,
    ...(product.limit === undefined ? {} : { limit: Math.round(product.limit * size) }),
    location: location.key,
  })));
});

export const ACCOUNT_SPECS: readonly AccountSpec[] = [...ALEX, ...MARIA, ...OTHERS, ...ACME];

export function categoryOf(type: string): Exclude<Category, 'CROSS_USER_ACCOUNT'> {
  if (type.startsWith('TCL_')) return 'TIERED_LOAN';
  if (type.endsWith('_LOAN')) return 'LOAN';
  if (/BROKERAGE|RETIREMENT|TRUST|KEOGH/.test(type)) return 'INVESTMENT';
  return 'DEPOSIT';
}
