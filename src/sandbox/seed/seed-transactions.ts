// Transaction history per account: deterministic, dated back from SANDBOX_TODAY, newest first,
// with a running ledger balance that ends at the account's current balance.
import type { TransactionRecord } from '../model.js';
import type { AccountSpec } from './seed-account-specs.js';
import { familyOf } from './seed-account-fields.js';
import { SANDBOX_TODAY, addDays, between, opaqueId, pick, seededRandom, type Random } from './seed-ids.js';
import { TRANSACTION_TYPES, TYPE_POOLS } from './seed-transaction-types.js';

const DEFAULT_COUNTS = { deposit: 12, term: 4, card: 20, loan: 8, mortgage: 8, line: 6, investment: 6 } as const;
const DEFAULT_HISTORY_DAYS = 180;
// Busy accounts end with a few pending items dated today and yesterday.
const PENDING_FROM_COUNT = 20;
const PENDING_COUNT = 3;

type Pool = ReadonlyArray<readonly [string, number]>;

function poolOf(type: string): Pool {
  const family = familyOf(type);
  if (family === 'deposit') return type === 'CHECKING' ? TYPE_POOLS.checking : TYPE_POOLS.savings;
  if (family === 'mortgage') return TYPE_POOLS.loan;
  return TYPE_POOLS[family];
}

function sampler(pool: Pool, random: Random): () => string {
  const total = pool.reduce((sum, [, weight]) => sum + weight, 0);
  return () => {
    let r = random() * total;
    for (const [type, weight] of pool) {
      r -= weight;
      if (r < 0) return type;
    }
    return pool[pool.length - 1]![0];
  };
}

function memoOf(type: string): string {
  return type.toLowerCase().split('_').map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
}

export function generateTransactions(spec: AccountSpec): TransactionRecord[] {
  const family = familyOf(spec.type);
  const count = spec.transactions ?? DEFAULT_COUNTS[family];
  const days = spec.historyDays ?? DEFAULT_HISTORY_DAYS;
  const random = seededRandom(`transactions:${spec.label}`);
  const pool = poolOf(spec.type);
  const nextType = sampler(pool, random);
  const pending = count >= PENDING_FROM_COUNT ? PENDING_COUNT : 0;

  // Posted items spread over the history window, oldest first; pending ones at the very end.
  const offsets = Array.from({ length: count - pending }, () => 1 + Math.floor(random() * days)).sort((a, b) => b - a);
  for (let i = 0; i < pending; i++) offsets.push(i === 0 ? 1 : 0);

  let checkNumber = 1000 + Math.floor(random() * 3000);
  const chronological = offsets.map((offset, i): TransactionRecord => {
    // Each of the pool's types once first, so every type is guaranteed to occur.
    const type = i < pool.length ? pool[i]![0] : nextType();
    const meta = TRANSACTION_TYPES[type]!;
    const isPending = i >= count - pending;
    const date = addDays(SANDBOX_TODAY, -offset);
    const record: TransactionRecord = {
      id: opaqueId(`transaction:${spec.label}:${i}`),
      transactionNumber: String(i + 1),
      transactionDate: date,
      memo: memoOf(type),
      description: type === 'CHECK' ? `Check #${++checkNumber}` : pick(random, meta.descriptions),
      amount: between(random, meta.min, meta.max),
      type,
      isCredit: meta.credit,
      isPending,
    };
    if (!isPending) record.effectiveDate = date;
    if (type === 'CHECK') record.checkNumber = String(checkNumber);
    return record;
  });

  const newestFirst = chronological.reverse();
  addLedgerBalances(newestFirst, spec.balance, family === 'deposit' || family === 'term' || family === 'investment');
  return newestFirst;
}

/** Walks back from today's balance; on loans and cards the balance is the amount owed. */
function addLedgerBalances(newestFirst: TransactionRecord[], currentBalance: number, asset: boolean): void {
  let balance = currentBalance;
  for (const record of newestFirst) {
    if (record.isPending) continue;
    record.ledgerBalance = Math.round(balance * 100) / 100;
    const signed = record.isCredit ? record.amount : -record.amount;
    balance = asset ? balance - signed : balance + signed;
  }
}
