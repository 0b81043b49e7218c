// GET {users}/institution-users/{id} and GET {ux}/customers/{id}: where a client learns a user's
// locations (contract §7.2, docs/bank-contract.md "Locations"). Both list them in the same order.
import type { CallContext } from '../http/context.js';
import { authenticate, canonicalUserId, fail } from '../http/guard.js';
import type { Reply } from '../http/http.js';
import type { Seed, UserRecord } from '../model.js';
import { SERVICE_ERRORS } from './service-errors.js';

// docs/bank-contract.md puts locations under accounts:read; institution-users:read is the profile scope.
const SCOPES = ['institution-users:read', 'accounts:read'];

type Lookup = (seed: Seed, id: string) => UserRecord | undefined;

const INSTITUTION_USER_ID_TYPES: Record<string, Lookup> = {
  INSTITUTION_USER_ID: (seed, id) => seed.byInstitutionUserId.get(id),
  LOGIN_ID: (seed, id) => seed.byLoginId.get(id),
  HOST_USER_ID: (seed, id) => seed.byHostUserId.get(id),
};

const CUSTOMER_ID_TYPES: Record<string, Lookup> = {
  CUSTOMER_ID: (seed, id) => seed.byCustomerId.get(id),
  LOGIN_ID: (seed, id) => seed.byLoginId.get(id),
};

function findUser(ctx: CallContext, idTypes: Record<string, Lookup>, defaultType: string): UserRecord {
  const errors = SERVICE_ERRORS[ctx.service === 'ux' ? 'ux' : 'users'];
  const token = authenticate(ctx, SCOPES);
  const lookup = idTypes[ctx.query.get('userIdType') ?? defaultType];
  if (!lookup) fail(errors.userParams);
  ctx.entry.userId = ctx.id!;
  const user = lookup(ctx.state.seed, ctx.id!);
  if (!user || user.institutionId !== token.institutionId) fail(errors.unknownUser);
  if (token.user && token.user !== user) fail(errors.userMismatch);
  return user;
}

// Profiles never change, so each body is built once per user.
const institutionUsers = new WeakMap<UserRecord, Record<string, unknown>>();
const customerInformation = new WeakMap<UserRecord, Record<string, unknown>>();

function memo(cache: WeakMap<UserRecord, Record<string, unknown>>, user: UserRecord, build: () => Record<string, unknown>) {
  let body = cache.get(user);
  if (!body) cache.set(user, (body = build()));
  return body;
}

export function getInstitutionUser(ctx: CallContext): Reply {
  const user = findUser(ctx, INSTITUTION_USER_ID_TYPES, 'INSTITUTION_USER_ID');
  return {
    status: 200,
    body: memo(institutionUsers, user, () => ({
      institutionUserId: user.institutionUserId,
      institutionId: user.institutionId,
      institutionUserType: user.kind,
      institutionUserRole: user.role,
      // The id the accounts API knows the user by (host user id for retail, login id for business).
      userId: canonicalUserId(user),
      userName: user.loginId,
      failedLoginCount: 0,
      failedPasswordResetCount: 0,
      firstName: user.firstName,
      lastName: user.lastName,
      fullName: `${user.firstName} ${user.lastName}`,
      email: user.email,
      userStatus: { active: true },
      institutionCustomers: user.customers.map((customer) => ({ ...customer })),
      additionalInfo: { entry: [] },
    })),
  };
}

export function getCustomer(ctx: CallContext): Reply {
  const user = findUser(ctx, CUSTOMER_ID_TYPES, 'CUSTOMER_ID');
  return {
    status: 200,
    body: memo(customerInformation, user, () => ({
      // Candescent's OIDC flow uses this userId as the institution user id.
      userId: user.institutionUserId,
      fiId: user.institutionId,
      loginId: user.authId,
      userName: user.loginId,
      firstName: user.firstName,
      lastName: user.lastName,
      fullName: `${user.firstName} ${user.lastName}`,
      emailAddress: user.email,
      userStatus: {
        active: true, onHold: false, locked: false, reset: false, registered: true, approved: true,
        rejected: false, invalidEmailId: false, acceptedDisclosure: true,
      },
      userType: user.kind,
      userRole: 'PRIMARY',
      customers: user.customers.map((customer) => ({
        customerId: customer.institutionCustomerId,
        memberNumber: customer.memberNumber,
        customerType: customer.customerType,
      })),
      acceptedDisclosure: true,
    })),
  };
}
