// Builds every seed account once and gives each viewer an entitlement: owners PRIMARY (JOINT when
// shared), cross-member viewers CROSS_USER_ACCOUNT.
import type { AccountRecord, Category, Entitlement, Ownership, UserRecord } from '../model.js';
import { ACCOUNT_SPECS, categoryOf, type AccountSpec } from './seed-account-specs.js';
import { allowedActionsOf, buildAccountFields, familyOf } from './seed-account-fields.js';
import { digits, opaqueId, seededRandom } from './seed-ids.js';
import { generateTransactions } from './seed-transactions.js';
import { locationId, type PersonaKey } from './seed-users.js';

const NUMBER_LENGTH = { deposit: 10, term: 10, card: 16, loan: 12, mortgage: 12, line: 12, investment: 9 } as const;

function uniqueNumber(spec: AccountSpec, taken: Set<string>): string {
  const length = NUMBER_LENGTH[familyOf(spec.type)];
  for (let attempt = 0; ; attempt++) {
    const candidate = digits(`account-number:${spec.label}:${attempt}`, length);
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

function customerIdFor(user: UserRecord, spec: AccountSpec): string {
  return spec.location === undefined ? user.customers[0]!.institutionCustomerId : locationId(spec.location);
}

function entitle(
  user: UserRecord, account: AccountRecord, spec: AccountSpec, category: Category, ownershipType: Ownership,
): void {
  const entitlement: Entitlement = {
    account,
    institutionCustomerId: customerIdFor(user, spec),
    category,
    ownershipType,
    // Candescent fills nickName with the FI's display name when the user has not set one.
    nickName: spec.nickName ?? spec.description,
    isVisible: !spec.hidden,
    views: new Map(),
  };
  user.entitlements.push(entitlement);
  user.byAccountId.set(account.id, entitlement);
}

export function attachAccounts(users: Map<PersonaKey, UserRecord>): Map<string, AccountRecord> {
  const byLabel = new Map<string, AccountRecord>();
  const numbers = new Set<string>();
  for (const spec of ACCOUNT_SPECS) {
    const owner = users.get(spec.owner)!;
    const id = opaqueId(`account:${spec.label}`);
    const accountNumber = uniqueNumber(spec, numbers);
    const holder = spec.location === undefined
      ? `${owner.firstName} ${owner.lastName}`
      : owner.customers.find((c) => c.institutionCustomerId === locationId(spec.location!))!.memberName;
    const allowedActions = allowedActionsOf(spec);
    const account: AccountRecord = {
      id,
      accountNumber,
      typeValue: spec.type,
      allowedActions,
      fields: buildAccountFields(spec, id, accountNumber, holder, allowedActions, seededRandom(`account:${spec.label}`)),
      transactions: generateTransactions(spec),
    };
    byLabel.set(spec.label, account);
    const category = categoryOf(spec.type);
    const shared = spec.jointWith !== undefined;
    entitle(owner, account, spec, category, shared ? 'JOINT' : 'PRIMARY');
    for (const key of spec.jointWith ?? []) entitle(users.get(key)!, account, spec, category, 'JOINT');
    for (const key of spec.crossViewers ?? []) entitle(users.get(key)!, account, spec, 'CROSS_USER_ACCOUNT', 'CROSS');
  }
  return byLabel;
}
