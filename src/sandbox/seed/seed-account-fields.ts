// Turns an AccountSpec into the bank's Account fields, with the fields each product family carries
// (contract §3.4): deposits have MICR and statement balances, loans their payment schedule, etc.
import type { AccountFields, AllowedActions, Money } from '../model.js';
import type { AccountSpec } from './seed-account-specs.js';
import { SANDBOX_TODAY, addDays, between, type Random } from './seed-ids.js';
import { INSTITUTION_ID } from './seed-users.js';

/** What one product family adds to the fields every account has. */
type FamilyFields = Partial<AccountFields>;

type Family = 'deposit' | 'term' | 'card' | 'loan' | 'mortgage' | 'line' | 'investment';

interface TypeMeta { raw: number; fi: number; description: string; family: Family }

const TYPES: Record<string, TypeMeta> = {
  CHECKING: { raw: 1, fi: 1, description: 'Checking', family: 'deposit' },
  SAVINGS: { raw: 2, fi: 2, description: 'Savings', family: 'deposit' },
  MONEY_MARKET: { raw: 3, fi: 3, description: 'Money Market', family: 'deposit' },
  CERT_OF_DEPOSIT: { raw: 4, fi: 4, description: 'Certificate of Deposit', family: 'term' },
  CSI_CERT_OF_DEPOSIT: { raw: 5, fi: 4, description: 'CSI Certificate of Deposit', family: 'term' },
  INSTALLMENT_LOAN: { raw: 32, fi: 32, description: 'Installment Loan', family: 'loan' },
  CONSUMER_LOAN: { raw: 33, fi: 33, description: 'Consumer Loan', family: 'loan' },
  COMMERCIAL_LOAN: { raw: 34, fi: 34, description: 'Commercial Loan', family: 'loan' },
  MORTGAGE_LOAN: { raw: 35, fi: 35, description: 'Mortgage', family: 'mortgage' },
  RESIDENTIAL_MORTGAGE_LOAN: { raw: 36, fi: 35, description: 'Residential Mortgage', family: 'mortgage' },
  COMMERCIAL_REFI_LOAN: { raw: 37, fi: 34, description: 'Commercial Refinance Loan', family: 'mortgage' },
  HOME_EQUITY_LOAN: { raw: 38, fi: 35, description: 'Home Equity Loan', family: 'mortgage' },
  LINE_OF_CREDIT_LOAN: { raw: 40, fi: 40, description: 'Line of Credit', family: 'line' },
  TCL_CREDIT_LINE: { raw: 41, fi: 40, description: 'Tiered Credit Line', family: 'line' },
  TCL_MASTER: { raw: 42, fi: 42, description: 'Tiered Credit Line Master', family: 'line' },
  TCL_NOTE: { raw: 43, fi: 43, description: 'Tiered Credit Note', family: 'loan' },
  CREDIT_CARD_LOAN: { raw: 64, fi: 64, description: 'Credit Card', family: 'card' },
  BROKERAGE: { raw: 80, fi: 80, description: 'Brokerage', family: 'investment' },
  RETIREMENT_401K: { raw: 81, fi: 81, description: '401(k)', family: 'investment' },
  RETIREMENT_IRA: { raw: 82, fi: 82, description: 'IRA', family: 'investment' },
  TRUST: { raw: 83, fi: 83, description: 'Trust', family: 'investment' },
  KEOGH: { raw: 84, fi: 84, description: 'Keogh', family: 'investment' },
};

const ROUTING_NUMBER = '222341234';

export function familyOf(type: string): Family {
  const meta = TYPES[type];
  if (!meta) throw new Error(`seed: unknown account type ${type}`);
  return meta.family;
}

function money(amount: number): Money {
  return { currencyCode: 'USD', amount: Math.round(amount * 100) / 100 };
}

function status(spec: AccountSpec, family: Family): Record<string, boolean> {
  return {
    open: !spec.closed, closed: spec.closed === true, negativeBalance: spec.balance < 0,
    delinquent: spec.delinquent === true, inCollection: false, overLimit: false, writtenOff: false,
    creditBalance: false, paymentCoupon: family === 'mortgage',
    retirementPlan: /RETIREMENT|KEOGH/.test(spec.type), retPlanOwnedByDeceased: false,
  };
}

export function allowedActionsOf(spec: AccountSpec): AllowedActions {
  const family = familyOf(spec.type);
  const open = !spec.closed;
  return {
    summary: true,
    transferFrom: open && (family === 'deposit' || family === 'line'),
    transferTo: open && family !== 'term',
    isHistoryEnabled: !spec.historyDisabled,
    isHistoryEntitled: !spec.historyNotEntitled,
    isOnlineStatementEnabled: family === 'deposit' || family === 'card',
  };
}

function depositFields(spec: AccountSpec, random: Random, accountNumber: string): FamilyFields {
  const holds = spec.balance > 0 ? between(random, 0, Math.min(250, spec.balance * 0.05)) : 0;
  const rate = spec.type === 'CHECKING' ? 0.01 : spec.type === 'SAVINGS' ? 4.1 : 4.35;
  return {
    availableBalance: money(spec.balance - holds),
    lastStatementBalance: money(spec.balance * between(random, 0.85, 1.1)),
    routingNumber: ROUTING_NUMBER,
    interestRate: rate,
    interestYearToDate: money(Math.max(spec.balance, 0) * rate / 100 * 0.37),
    ...(spec.type === 'CHECKING' ? { micrNumber: `80000${accountNumber.slice(-7)}` } : {}),
  };
}

function termFields(spec: AccountSpec, random: Random): FamilyFields {
  const months = spec.termMonths ?? 12;
  const rate = between(random, 4.2, 5.1);
  return {
    availableBalance: money(spec.balance),
    routingNumber: ROUTING_NUMBER,
    interestRate: rate,
    interestYearToDate: money(spec.balance * rate / 100 * 0.37),
    maturityDate: addDays(SANDBOX_TODAY, Math.round(between(random, 20, months * 30))),
    term: { duration: months, termType: 'MONTHS' },
  };
}

function cardFields(spec: AccountSpec, random: Random): FamilyFields {
  const limit = spec.limit ?? 5000;
  const minimum = spec.balance > 0 ? Math.max(25, spec.balance * 0.02) : 0;
  return {
    availableBalance: money(limit - spec.balance),
    lastStatementBalance: money(spec.balance * between(random, 0.7, 1.05)),
    lineOfCreditLimit: money(limit),
    interestRate: between(random, 18.99, 24.99),
    minimumPayment: money(minimum),
    nextPaymentAmount: money(minimum),
    nextPaymentDate: addDays(SANDBOX_TODAY, Math.round(between(random, 5, 25))),
    payOffAmount: money(spec.balance),
  };
}

function loanFields(spec: AccountSpec, random: Random, mortgage: boolean): FamilyFields {
  const original = spec.limit ?? spec.balance;
  const months = spec.termMonths ?? 60;
  const rate = mortgage ? between(random, 5.5, 7) : between(random, 3.9, 8.9);
  const monthlyRate = rate / 1200;
  const payment = original * monthlyRate / (1 - (1 + monthlyRate) ** -months);
  const elapsedDays = Math.max(60, Math.round((1 - spec.balance / original) * months * 30.4));
  const originated = addDays(SANDBOX_TODAY, -elapsedDays);
  const payOff = spec.balance * (1 + monthlyRate / 2);
  const due = spec.delinquent ? addDays(SANDBOX_TODAY, -35) : addDays(SANDBOX_TODAY, Math.round(between(random, 3, 27)));
  return {
    interestRate: rate,
    currentPrincipalBalance: money(spec.balance),
    originalLoanAmount: money(original),
    loanOriginationDate: originated,
    maturityDate: addDays(originated, Math.round(months * 30.4)),
    term: { duration: months, termType: 'MONTHS' },
    nextPaymentAmount: money(payment),
    nextPaymentDate: due,
    minimumPayment: money(payment),
    payOffAmount: money(payOff),
    calculatedPayOffAmount: money(payOff + payment * 0.01),
    lastPrincipalPaymentAmount: money(payment - spec.balance * monthlyRate),
    ...(spec.delinquent ? { pastPrincipalDueDate: due } : {}),
    ...(mortgage ? { escrowBalance: money(between(random, 1500, 6000)) } : {}),
    ...(spec.type === 'MORTGAGE_LOAN' ? { tpvReference: 'V5409-SAML_TRUHOME' } : {}),
  };
}

function lineFields(spec: AccountSpec, random: Random): FamilyFields {
  const limit = spec.limit ?? 10000;
  const minimum = spec.balance > 0 ? Math.max(50, spec.balance * 0.03) : 0;
  return {
    availableBalance: money(limit - spec.balance),
    lineOfCreditLimit: money(limit),
    interestRate: between(random, 8.5, 12.9),
    minimumPayment: money(minimum),
    nextPaymentAmount: money(minimum),
    nextPaymentDate: addDays(SANDBOX_TODAY, Math.round(between(random, 5, 25))),
    payOffAmount: money(spec.balance),
  };
}

function investmentFields(spec: AccountSpec, random: Random): FamilyFields {
  return {
    availableBalance: money(spec.balance * between(random, 0.02, 0.1)),
    interestYearToDate: money(spec.balance * between(random, 0.004, 0.012)),
  };
}

export function buildAccountFields(
  spec: AccountSpec, id: string, accountNumber: string, holderName: string, allowedActions: AllowedActions, random: Random,
): AccountFields {
  const meta = TYPES[spec.type]!;
  const base: AccountFields = {
    id,
    institutionId: INSTITUTION_ID,
    description: spec.description,
    type: { value: spec.type, fiRawAccountType: meta.raw, fiAccountType: meta.fi, description: meta.description },
    primaryHolderName: holderName,
    currentBalance: money(spec.balance),
    status: status(spec, meta.family),
    allowedActions,
  };
  switch (meta.family) {
    case 'deposit': return { ...base, ...depositFields(spec, random, accountNumber) };
    case 'term': return { ...base, ...termFields(spec, random) };
    case 'card': return { ...base, ...cardFields(spec, random) };
    case 'loan': return { ...base, ...loanFields(spec, random, false) };
    case 'mortgage': return { ...base, ...loanFields(spec, random, true) };
    case 'line': return { ...base, ...lineFields(spec, random) };
    case 'investment': return { ...base, ...investmentFields(spec, random) };
  }
}
