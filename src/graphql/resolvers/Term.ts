import { enumOrFallback } from '../lib/enums.js';
import type { TermResolvers, TermUnit } from '../types.generated.js';

export const Term: TermResolvers = {
  unit: (term, _args, _context, info) => enumOrFallback<TermUnit>(info, 'TermUnit', term.termType, 'UNKNOWN'),
};
