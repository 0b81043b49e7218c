import { describe, expect, it } from 'vitest';
import type { AccountFields, Category, Seed, UserRecord } from '../../src/sandbox/model.js';
import { passCodeOf } from '../../src/sandbox/routes/recipient-validation.js';
import { SANDBOX_TODAY, SEED_USERS, createSeed } from '../../src/sandbox/seed.js';
import { TRANSACTION_TYPES } from '../../src/sandbox/seed/seed-transaction-types.js';

const seed = createSeed();
const user = (loginId: string): UserRecord => seed.byLoginId.get(loginId)!;
const alex = user(SEED_USERS.retailRich.loginId);
const acme = user(SEED_USERS.business.loginId);
const field = (e: UserRecord['entitlements'][number], name: keyof AccountFields) => e.account.fields[name];

function snapshot(s: Seed) {
  return s.users.map((u) => ({
    ids: [u.institutionUserId, u.authId, ...u.customers.map((c) => c.institutionCustomerId)],
    accounts: u.entitlements.map((e) => [e.account.id, e.account.accountNumber, e.account.transactions.map((t) => [t.id, t.amount, t.transactionDate])]),
    recipients: u.recipients,
  }));
}

describe('seed', () => {
  it('is deterministic: two builds produce identical ids, numbers and amounts', () => {
    expect(snapshot(createSeed())).toEqual(snapshot(seed));
  });

  it('exposes the team-wide SEED_USERS', () => {
    expect(SEED_USERS.retailRich).toMatchObject({ userId: '1000000001', idType: 'hostUserId', loginId: 'alex.rivera', password: 'Sandbox-Pass-1', kind: 'RETAIL' });
    expect(SEED_USERS.retailSingle).toMatchObject({ userId: '1000000002', idType: 'hostUserId', loginId: 'sam.lee', password: 'Sandbox-Pass-2' });
    expect(SEED_USERS.retailEmpty).toMatchObject({ userId: '1000000003', idType: 'hostUserId', loginId: 'nora.empty', password: 'Sandbox-Pass-3' });
    expect(SEED_USERS.business).toEqual({ userId: 'acme.admin', idType: 'loginId', loginId: 'acme.admin', username: 'acme.admin', password: 'Sandbox-Pass-4', kind: 'BUSINESS' });
    for (const ref of Object.values(SEED_USERS)) expect(seed.byLoginId.get(ref.loginId)?.password).toBe(ref.password);
  });

  it('uses Candescent-shaped identifiers', () => {
    for (const u of seed.users) {
      expect(u.institutionUserId).toMatch(/^[0-9A-F]{32}$/);
      expect(u.institutionId).toBe('00016');
      for (const c of u.customers) expect(c.institutionCustomerId).toMatch(/^[0-9a-f]{32}$/);
      for (const e of u.entitlements) {
        expect(e.account.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(e.account.accountNumber).toMatch(/^\d{9,16}$/);
      }
      for (const r of u.recipients) expect(r.id).toMatch(/^[0-9a-f]{32}$/);
    }
    const numbers = [...seed.accountsByLabel.values()].map((a) => a.accountNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('gives the rich retail user 40+ accounts over all five categories, joint and cross-user ones included', () => {
    expect(alex.entitlements.length).toBeGreaterThanOrEqual(40);
    const categories = new Set<Category>(alex.entitlements.map((e) => e.category));
    expect([...categories].sort()).toEqual(['CROSS_USER_ACCOUNT', 'DEPOSIT', 'INVESTMENT', 'LOAN', 'TIERED_LOAN']);
    expect(alex.entitlements.filter((e) => e.ownershipType === 'JOINT').length).toBeGreaterThanOrEqual(2);
    const cross = alex.entitlements.filter((e) => e.ownershipType === 'CROSS');
    expect(cross.length).toBeGreaterThan(0);
    expect(cross.every((e) => e.category === 'CROSS_USER_ACCOUNT')).toBe(true);
    // A joint account is the same account for both owners.
    const joint = alex.entitlements.find((e) => e.ownershipType === 'JOINT')!;
    expect(user('jamie.rivera').byAccountId.get(joint.account.id)?.ownershipType).toBe('JOINT');
  });

  it('gives loans their payment fields and keeps special accounts for the history and visibility rules', () => {
    const loans = alex.entitlements.filter((e) => e.category === 'LOAN' && field(e, 'originalLoanAmount') !== undefined);
    expect(loans.length).toBeGreaterThanOrEqual(5);
    for (const loan of loans) {
      for (const name of ['nextPaymentAmount', 'nextPaymentDate', 'payOffAmount', 'minimumPayment', 'term', 'maturityDate', 'loanOriginationDate'] as const) {
        expect(field(loan, name), name).toBeDefined();
      }
    }
    expect(alex.entitlements.some((e) => !e.account.allowedActions.isHistoryEnabled)).toBe(true);
    expect(alex.entitlements.some((e) => !e.account.allowedActions.isHistoryEntitled)).toBe(true);
    expect(alex.entitlements.some((e) => !e.isVisible)).toBe(true);
  });

  it('has hundreds of transactions on the busiest accounts, every transaction type, some pending, newest first', () => {
    const counts = alex.entitlements.map((e) => e.account.transactions.length).sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(300);
    expect(counts[1]).toBeGreaterThanOrEqual(200);
    const all = [...seed.accountsByLabel.values()].flatMap((a) => a.transactions);
    expect(new Set(all.map((t) => t.type))).toEqual(new Set(Object.keys(TRANSACTION_TYPES)));
    expect(all.some((t) => t.isPending)).toBe(true);
    for (const account of seed.accountsByLabel.values()) {
      const dates = account.transactions.map((t) => t.transactionDate);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(dates.every((d) => d <= SANDBOX_TODAY)).toBe(true);
    }
  });

  it('gives the business user 4+ locations (TIN member numbers) with 10+ accounts each', () => {
    expect(acme.kind).toBe('BUSINESS');
    expect(acme.hostUserId).toBeUndefined();
    expect(acme.customers.length).toBeGreaterThanOrEqual(4);
    for (const location of acme.customers) {
      expect(location.memberNumber).toMatch(/^\d{9}$/);
      expect(location.memberName).toMatch(/^Acme /);
      expect(acme.entitlements.filter((e) => e.institutionCustomerId === location.institutionCustomerId).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives the single and empty retail users exactly what the brief promises', () => {
    const sam = user('sam.lee');
    expect(sam.entitlements.map((e) => e.category)).toEqual(['DEPOSIT']);
    expect(sam.recipients.length).toBeGreaterThanOrEqual(2);
    const nora = user('nora.empty');
    expect(nora.entitlements).toEqual([]);
    expect(nora.recipients).toEqual([]);
    expect(alex.recipients.length).toBeGreaterThanOrEqual(4);
  });

  it('points every recipient at a real account of another member who accepts transfers', () => {
    for (const owner of seed.users) {
      for (const recipient of owner.recipients) {
        const member = seed.byHostUserId.get(recipient.memberNumber)!;
        expect(member).toBeDefined();
        expect(member).not.toBe(owner);
        const account = member.entitlements.find((e) => e.account.accountNumber === recipient.accountNumber)!;
        expect(account.account.typeValue).toBe(recipient.accountType);
        expect(account.account.allowedActions.transferTo).toBe(true);
        expect(passCodeOf(member)).toMatch(/^[A-Z]{3}$/);
      }
    }
  });
});
