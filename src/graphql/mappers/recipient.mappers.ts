import type { RecipientDto } from '../../upstream/types.js';

export type RecipientMapper = RecipientDto;
