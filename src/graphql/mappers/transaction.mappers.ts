import type { TransactionDto } from '../../upstream/types.js';

export type TransactionMapper = TransactionDto;
