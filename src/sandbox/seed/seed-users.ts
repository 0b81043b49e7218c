// Who banks at the sandbox. The first four are the team-wide SEED_USERS; the others exist so that
// joint, cross-user and recipient data point at real members the sandbox can validate against.
import type { CustomerRecord, UserKind, UserRecord } from '../model.js';
import { lowerHexId, upperHexId } from './seed-ids.js';

export const INSTITUTION_ID = '00016';

export interface Persona {
  key: string;
  kind: UserKind;
  hostUserId?: string;
  loginId: string;
  password: string;
  firstName: string;
  lastName: string;
}

export const PERSONAS = {
  alex: { key: 'alex', kind: 'RETAIL', hostUserId: '1000000001', loginId: 'alex.rivera', password: 'Sandbox-Pass-1', firstName: 'Alex', lastName: 'Rivera' },
  sam: { key: 'sam', kind: 'RETAIL', hostUserId: '1000000002', loginId: 'sam.lee', password: 'Sandbox-Pass-2', firstName: 'Sam', lastName: 'Lee' },
  nora: { key: 'nora', kind: 'RETAIL', hostUserId: '1000000003', loginId: 'nora.empty', password: 'Sandbox-Pass-3', firstName: 'Nora', lastName: 'Emery' },
  acme: { key: 'acme', kind: 'BUSINESS', loginId: 'acme.admin', password: 'Sandbox-Pass-4', firstName: 'Morgan', lastName: 'Blake' },
  // Alex's spouse: co-owner of the joint accounts.
  jamie: { key: 'jamie', kind: 'RETAIL', hostUserId: '1000000004', loginId: 'jamie.rivera', password: 'Sandbox-Pass-5', firstName: 'Jamie', lastName: 'Rivera' },
  // Alex's mother: her accounts reach Alex as CROSS_USER_ACCOUNT.
  maria: { key: 'maria', kind: 'RETAIL', hostUserId: '1000000005', loginId: 'maria.rivera', password: 'Sandbox-Pass-6', firstName: 'Maria', lastName: 'Rivera' },
  // Nobody's recipient yet: Candescent's Postman flows add her as a new recipient.
  priya: { key: 'priya', kind: 'RETAIL', hostUserId: '1000000006', loginId: 'priya.patel', password: 'Sandbox-Pass-7', firstName: 'Priya', lastName: 'Patel' },
  chris: { key: 'chris', kind: 'RETAIL', hostUserId: '1000000007', loginId: 'chris.nguyen', password: 'Sandbox-Pass-8', firstName: 'Chris', lastName: 'Nguyen' },
  dana: { key: 'dana', kind: 'RETAIL', hostUserId: '1000000008', loginId: 'dana.okafor', password: 'Sandbox-Pass-9', firstName: 'Dana', lastName: 'Okafor' },
} as const satisfies Record<string, Persona>;

export type PersonaKey = keyof typeof PERSONAS;

/** Acme's locations, in the order of its institutionCustomers (= the order of the groups). */
export const BUSINESS_LOCATIONS = [
  { key: 'holdings', memberName: 'Acme Holdings LLC', tin: '841592637' },
  { key: 'manufacturing', memberName: 'Acme Manufacturing Inc', tin: '842603718' },
  { key: 'logistics', memberName: 'Acme Logistics LLC', tin: '843614829' },
  { key: 'retail', memberName: 'Acme Retail Stores Inc', tin: '844625930' },
  { key: 'properties', memberName: 'Acme Properties LP', tin: '845636041' },
] as const;

export function locationId(locationKey: string): string {
  return lowerHexId(`location:${locationKey}`);
}

function customersOf(persona: Persona): CustomerRecord[] {
  if (persona.kind === 'BUSINESS') {
    return BUSINESS_LOCATIONS.map((location, index) => ({
      institutionCustomerId: locationId(location.key),
      memberNumber: location.tin,
      memberName: location.memberName,
      customerType: 'BUSINESS',
      primary: index === 0,
    }));
  }
  // A retail member number is the host user id: Candescent's recipient flow reads
  // customers[0].memberNumber and then uses it as hostUserId.
  return [{
    institutionCustomerId: lowerHexId(`customer:${persona.key}`),
    memberNumber: persona.hostUserId!,
    memberName: `${persona.firstName} ${persona.lastName}`,
    customerType: 'RETAIL',
  }];
}

export function buildUser(persona: Persona): UserRecord {
  const user: UserRecord = {
    kind: persona.kind,
    institutionId: INSTITUTION_ID,
    loginId: persona.loginId,
    password: persona.password,
    institutionUserId: upperHexId(`institution-user:${persona.key}`),
    authId: lowerHexId(`auth-id:${persona.key}`),
    firstName: persona.firstName,
    lastName: persona.lastName,
    email: `${persona.firstName}.${persona.lastName}@example.com`.toLowerCase(),
    role: persona.kind === 'BUSINESS' ? 'BUSINESS_ADMIN' : 'PRIMARY',
    customers: customersOf(persona),
    entitlements: [],
    byAccountId: new Map(),
    recipients: [],
  };
  if (persona.hostUserId !== undefined) user.hostUserId = persona.hostUserId;
  return user;
}
