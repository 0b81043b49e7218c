import type { InstitutionCustomerDto } from '../../upstream/types.js';

// A location is one of the institution user's `institutionCustomers` entries (docs/bank-contract.md, Locations).
export type LocationMapper = InstitutionCustomerDto;
