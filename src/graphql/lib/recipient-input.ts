import type { RecipientInputDto } from '../../upstream/types.js';
import type { RecipientCreateInput, RecipientUpdateInput } from '../types.generated.js';

/** The bank's recipient body from our input: only the fields given (the bank treats absent as unchanged). */
export function recipientBody(input: RecipientCreateInput | RecipientUpdateInput): RecipientInputDto {
  const body: RecipientInputDto = {};
  for (const key of ['nickName', 'fullName', 'memberNumber', 'accountNumber', 'accountType', 'passCode', 'email'] as const) {
    const value = input[key];
    if (value != null) body[key] = value;
  }
  return body;
}
