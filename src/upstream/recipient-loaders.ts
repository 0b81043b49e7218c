import DataLoader from 'dataloader';
import { isNotFoundError } from './errors.js';
import { createRecipient, deleteRecipient, getRecipient, listRecipients, updateRecipient } from './recipients.js';
import type { RequestScope } from './loader-scope.js';
import type { RecipientDto, RecipientInputDto } from './types.js';

const LIST = 'recipients';

/** The viewer's transfer recipients: one list call however many fields ask, lookups served from it when loaded. */
export function recipientLoaders(scope: RequestScope) {
  const { ctx } = scope;
  const recipients = (): Promise<RecipientDto[]> => scope.once(LIST, async () => (await listRecipients(ctx)).recipients);

  const recipientById = new DataLoader<string, RecipientDto | null>(scope.observed('recipientById', async (ids) => {
    if (ids.length > 1 || scope.remembers(LIST)) {
      const byId = new Map((await recipients()).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }
    try {
      return [(await getRecipient(ctx, ids[0])).recipients[0] ?? null];
    } catch (error) {
      if (isNotFoundError(error)) return [null];
      throw error;
    }
  }));

  /** After a write the list is stale for the rest of the request; the changed recipient is known exactly. */
  const afterWrite = (id: string, recipient: RecipientDto | null) => {
    scope.forget(LIST);
    recipientById.clear(id).prime(id, recipient);
  };

  return {
    recipients,
    recipientById,
    async createRecipient(input: RecipientInputDto, validation: { validate?: boolean; fromAccountId?: string }) {
      const created = (await scope.mutation(createRecipient(ctx, input, validation))).recipients[0] ?? null;
      if (created) afterWrite(created.id, created);
      else scope.forget(LIST);
      return created;
    },
    async updateRecipient(id: string, input: RecipientInputDto, validation: { fromAccountId?: string }) {
      const updated = (await scope.mutation(updateRecipient(ctx, id, input, validation))).recipients[0] ?? null;
      afterWrite(id, updated);
      return updated;
    },
    async deleteRecipient(id: string): Promise<void> {
      await scope.mutation(deleteRecipient(ctx, id));
      afterWrite(id, null);
    },
  };
}
