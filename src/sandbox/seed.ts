// The sandbox's data: deterministic (same ids on every run) and cheap to build, because every
// sandbox instance builds its own copy (its recipients and nicknames are mutable).
import type { Seed, UserKind, UserRecord } from './model.js';
import { attachAccounts } from './seed/seed-accounts.js';
import { attachRecipients } from './seed/seed-recipients.js';
import { PERSONAS, buildUser, type Persona, type PersonaKey } from './seed/seed-users.js';

export { SANDBOX_TODAY } from './seed/seed-ids.js';
export { INSTITUTION_ID } from './seed/seed-users.js';

export interface SeedUser {
  userId: string;
  idType: 'hostUserId' | 'loginId';
  loginId: string;
  hostUserId?: string;
  username: string;
  password: string;
  kind: UserKind;
}

function seedUser(persona: Persona): SeedUser {
  // Business users have no host user id: Candescent addresses them by loginId.
  const base = { loginId: persona.loginId, username: persona.loginId, password: persona.password, kind: persona.kind };
  return persona.hostUserId === undefined
    ? { ...base, userId: persona.loginId, idType: 'loginId' }
    : { ...base, userId: persona.hostUserId, idType: 'hostUserId', hostUserId: persona.hostUserId };
}

export const SEED_USERS = {
  retailRich: seedUser(PERSONAS.alex),
  retailSingle: seedUser(PERSONAS.sam),
  retailEmpty: seedUser(PERSONAS.nora),
  business: seedUser(PERSONAS.acme),
} as const satisfies Record<string, SeedUser>;

/** Every user of the seed, the four SEED_USERS first (the admin API lists these). */
export const ALL_SEED_USERS: readonly SeedUser[] = Object.values(PERSONAS).map(seedUser);

export function createSeed(): Seed {
  const users = new Map<PersonaKey, UserRecord>();
  for (const [key, persona] of Object.entries(PERSONAS) as Array<[PersonaKey, Persona]>) users.set(key, buildUser(persona));
  const accountsByLabel = attachAccounts(users);
  attachRecipients(users, accountsByLabel);

  const list = [...users.values()];
  const index = <K>(key: (user: UserRecord) => K | undefined): Map<K, UserRecord> =>
    new Map(list.flatMap((user) => {
      const value = key(user);
      return value === undefined ? [] : [[value, user] as const];
    }));
  return {
    users: list,
    byHostUserId: index((user) => user.hostUserId),
    byLoginId: index((user) => user.loginId),
    byCustomerId: new Map(list.flatMap((user) => user.customers.map((c) => [c.institutionCustomerId, user] as const))),
    byInstitutionUserId: index((user) => user.institutionUserId),
    accountsByLabel,
  };
}
