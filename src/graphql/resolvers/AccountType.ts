import { enumOrFallback } from '../lib/enums.js';
import type { AccountTypeCode, AccountTypeResolvers } from '../types.generated.js';

export const AccountType: AccountTypeResolvers = {
  code: (type, _args, _context, info) => enumOrFallback<AccountTypeCode>(info, 'AccountTypeCode', type.value, 'UNKNOWN'),
};
