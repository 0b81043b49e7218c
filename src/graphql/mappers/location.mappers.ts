import type { InstitutionCustomerDto } from '../../upstream/types.js';

// A location is one of the institution user's `institutionCustomers` entries (DECISIONS.md, Locations).
export type LocationMapper = InstitutionCustomerDto;
