import { splitTransactionBankId, fromGlobalId, toGlobalId, transactionBankId } from '../../src/graphql/global-id.js';
import type { TestGateway } from '../support/gateway.js';

interface Item {
  id: string;
  internalId: string;
}

/** What one customer can see: the ids, plus the values that must never show up in anyone else's responses. */
export interface View {
  accounts: Array<Item & { accountNumber: string; nickName: string | null; primaryHolderName: string | null }>;
  recipients: Array<Item & { accountNumber: string | null; fullName: string | null; nickName: string | null }>;
  locations: Item[];
  transactions: Array<Item & { accountInternalId: string }>;
}

const VIEW_QUERY = `{ viewer {
  accounts { id internalId accountNumber nickName primaryHolderName transactions(first: 1) { nodes { id internalId } } }
  recipients { id internalId accountNumber fullName nickName }
  locations { id internalId }
} }`;

export async function collectView(gw: TestGateway, token: string): Promise<View> {
  const res = await gw.query(VIEW_QUERY, {}, token);
  if (res.body.errors) throw new Error(`the owner's view failed: ${JSON.stringify(res.body.errors)}`);
  const viewer = res.body.data!.viewer;
  type RawAccount = View['accounts'][number] & { transactions: { nodes: Item[] } | null };
  return {
    accounts: viewer.accounts.map(({ transactions: _t, ...account }: RawAccount) => account),
    recipients: viewer.recipients,
    locations: viewer.locations,
    transactions: viewer.accounts.flatMap((a: RawAccount) =>
      (a.transactions?.nodes ?? []).map((t) => ({ ...t, accountInternalId: a.internalId })),
    ),
  };
}

/** The victim's data that the attacker cannot legitimately see (joint and cross-member accounts are shared). */
export function foreignTo(own: View, victim: View): View {
  const ownAccounts = new Set(own.accounts.map((a) => a.internalId));
  const ownRecipients = new Set(own.recipients.map((r) => r.internalId));
  const ownLocations = new Set(own.locations.map((l) => l.internalId));
  return {
    accounts: victim.accounts.filter((a) => !ownAccounts.has(a.internalId)),
    recipients: victim.recipients.filter((r) => !ownRecipients.has(r.internalId)),
    locations: victim.locations.filter((l) => !ownLocations.has(l.internalId)),
    transactions: victim.transactions.filter((t) => !ownAccounts.has(t.accountInternalId)),
  };
}

/** Ids aimed at one kind of entry point; `any` goes through node(id:) and nodes(ids:). */
export interface IdForms {
  account: string[];
  recipient: string[];
  location: string[];
  any: string[];
}

/**
 * Every way to name the victim's objects: their global ids (which anyone can forge from a bank id), their bank ids,
 * global ids forged from bank ids under another type, and transaction ids re-pointed at one of the attacker's own
 * accounts (the account part of a transaction id is what the gateway checks).
 */
export function idForms(foreign: View, attackerAccountId: string | undefined): IdForms {
  // Cross-type forgeries and history are sampled: every one costs the bank a call, and a few prove the point.
  const sample = <T>(items: T[], n = 3) => items.slice(0, n);
  const forge = (type: 'Account' | 'Recipient' | 'Location', items: Item[]) => items.map((item) => toGlobalId(type, item.internalId));
  const { accounts, recipients, locations } = foreign;
  const transactions = sample(foreign.transactions, 10).flatMap((t) => {
    const ref = splitTransactionBankId(fromGlobalId(t.id)!.bankId)!;
    const retargeted = attackerAccountId && toGlobalId('Transaction', transactionBankId(attackerAccountId, ref.date, ref.transactionId));
    return [t.id, t.internalId, ...(retargeted ? [retargeted] : [])];
  });
  const unique = (ids: string[]) => [...new Set(ids)];
  const account = unique([
    ...accounts.flatMap((a) => [a.id, a.internalId]),
    ...forge('Account', [...sample(recipients), ...sample(locations)]),
  ]);
  const recipient = unique([
    ...recipients.flatMap((r) => [r.id, r.internalId]),
    ...forge('Recipient', [...sample(accounts), ...sample(locations)]),
  ]);
  const location = unique([...locations.flatMap((l) => [l.id, l.internalId]), ...forge('Location', sample(accounts))]);
  return { account, recipient, location, any: unique([...account, ...recipient, ...location, ...transactions]) };
}

/** The victim's values found in a response body (as JSON strings, so "0101" does not match inside "20101"). */
export function leaks(body: unknown, victim: View): string[] {
  const text = JSON.stringify(body);
  const secrets = [
    ...victim.accounts.flatMap((a) => [a.id, a.internalId, a.accountNumber, a.nickName, a.primaryHolderName]),
    ...victim.recipients.flatMap((r) => [r.id, r.internalId, r.accountNumber, r.fullName, r.nickName]),
    ...victim.locations.flatMap((l) => [l.id, l.internalId]),
    ...victim.transactions.flatMap((t) => [t.id, t.internalId]),
  ];
  return [...new Set(secrets)].filter((s): s is string => typeof s === 'string' && text.includes(JSON.stringify(s)));
}
