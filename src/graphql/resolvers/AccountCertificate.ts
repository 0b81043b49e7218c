import type { AccountCertificateResolvers } from '../types.generated.js';

export const AccountCertificate: AccountCertificateResolvers = {};
