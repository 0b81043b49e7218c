// Which location a call is about (docs/bank-contract.md "Accounts" business rules and contract §7.3).
import { ApiError } from '../http/http.js';
import type { UserRecord } from '../model.js';

export interface LocationScope {
  institutionCustomerId?: string;
  /** Set on grouped (`$apply=groupBy(customer)`) requests only. */
  totalGroupCount?: number;
}

const mixedParams = () => new ApiError(400, 'ACC_99992', 'One or more request query params are invalid or not provided.');
const invalidParam = () => new ApiError(400, 'ACC_99994', 'Invalid query param');
const invalidLocation = () => new ApiError(400, 'ACC_00017', 'InstitutionCustomerId provided is invalid or blank');
const GROUP_PARAMS = ['$apply', '$skipGroups', '$topGroups'] as const;

/** `institutionCustomerId` when sent: it must be one of the user's locations (blank is invalid too). */
export function requestedLocation(query: URLSearchParams, user: UserRecord): string | undefined {
  const id = query.get('institutionCustomerId');
  if (id === null) return undefined;
  if (!user.customers.some((customer) => customer.institutionCustomerId === id)) throw invalidLocation();
  return id;
}

/**
 * List calls: a location, or group n (= the n-th of the user's institutionCustomers), or — retail
 * users only — everything. Retail users may use the same parameters: they have one group.
 */
export function listScope(query: URLSearchParams, user: UserRecord): LocationScope {
  const sent = GROUP_PARAMS.filter((name) => query.has(name)).length;
  if (sent > 0 && (sent < GROUP_PARAMS.length || query.has('institutionCustomerId'))) throw mixedParams();
  if (sent > 0) {
    const skip = query.get('$skipGroups')!;
    const index = /^\d+$/.test(skip) ? Number(skip) : Number.NaN;
    if (query.get('$apply') !== 'groupBy(customer)' || query.get('$topGroups') !== '1' || !(index < user.customers.length)) {
      throw invalidParam();
    }
    return { institutionCustomerId: user.customers[index]!.institutionCustomerId, totalGroupCount: user.customers.length };
  }
  const institutionCustomerId = requestedLocation(query, user);
  if (institutionCustomerId !== undefined) return { institutionCustomerId };
  if (user.kind === 'BUSINESS') throw new ApiError(400, 'ACC_00410', 'A location is required for BB users');
  return {};
}
