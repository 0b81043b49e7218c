import DataLoader from 'dataloader';
import { isNotFoundError } from './errors.js';
import { getRecipient, listRecipients } from './recipients.js';
import { ALL, eachKey, type All, type RequestScope } from './loader-scope.js';
import type { RecipientDto } from './types.js';

/** The viewer's transfer recipients: one list call however many fields ask, lookups served from it when loaded. */
export function recipientLoaders(scope: RequestScope) {
  const { ctx } = scope;
  // Read to learn whether the list was asked for: then lookups wait for it rather than call on their own.
  const lists = new Map<All, Promise<RecipientDto[]>>();
  const recipients = new DataLoader<All, RecipientDto[]>((keys) => eachKey(keys, async () => (await listRecipients(ctx)).recipients), { cacheMap: lists });

  const recipientById = new DataLoader<string, RecipientDto | null>(scope.observed('recipientById', async (ids) => {
    if (ids.length > 1 || lists.has(ALL)) {
      const byId = new Map((await recipients.load(ALL)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }
    try {
      return [await getRecipient(ctx, ids[0]!)];
    } catch (error) {
      if (isNotFoundError(error)) return [null];
      throw error;
    }
  }));

  return { recipients, recipientById };
}
