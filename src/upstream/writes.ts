import { updateAccount } from './accounts.js';
import { AccountUpdateUnsupportedError } from './errors.js';
import { ALL } from './loader-scope.js';
import { createRecipient, deleteRecipient, updateRecipient } from './recipients.js';
import type { BankCallContext } from './client.js';
import type { Loaders } from './loaders.js';
import type { ViewerResponseCache } from './response-cache.js';
import type { AccountDto, AccountUpdateDto, RecipientDto, RecipientInputDto } from './types.js';

/**
 * The bank writes of ONE request for ONE viewer. Each write drops the viewer's cached responses and leaves the
 * request's loaders with what the bank answered, so fields read after a mutation see the change.
 */
export function createWrites(ctx: BankCallContext, loaders: Loaders, cache: ViewerResponseCache) {
  const capabilities = ctx.client.capabilities;
  // Also when the call failed: a write that timed out may still have been applied by the bank.
  const write = <T>(call: Promise<T>): Promise<T> => call.finally(() => cache.invalidate());
  /** The list is stale for the rest of the request; the changed recipient is known exactly. */
  const recipientChanged = (id: string, recipient: RecipientDto | null) => {
    loaders.recipients.clear(ALL);
    loaders.recipientById.clear(id).prime(id, recipient);
  };

  return {
    /** Whether account updates are sent at all (ACCOUNT_UPDATE=patch). */
    accountUpdateEnabled: capabilities.accountUpdate,
    async updateAccount(id: string, change: AccountUpdateDto): Promise<AccountDto> {
      // No Candescent source defines an update endpoint: it is sent only where the deployment opted in.
      if (!capabilities.accountUpdate) throw new AccountUpdateUnsupportedError('account updates are off (ACCOUNT_UPDATE)');
      const updated = await write(updateAccount(ctx, id, change));
      loaders.accountById.clear(id).prime(id, updated);
      return updated;
    },
    async createRecipient(input: RecipientInputDto, validation: { validate?: boolean; fromAccountId?: string }): Promise<RecipientDto> {
      const created = await write(createRecipient(ctx, input, validation));
      recipientChanged(created.id, created);
      return created;
    },
    async updateRecipient(id: string, input: RecipientInputDto, validation: { fromAccountId?: string }): Promise<RecipientDto> {
      const updated = await write(updateRecipient(ctx, id, input, validation));
      recipientChanged(id, updated);
      return updated;
    },
    async deleteRecipient(id: string): Promise<void> {
      await write(deleteRecipient(ctx, id));
      recipientChanged(id, null);
    },
  };
}

export type BankWrites = ReturnType<typeof createWrites>;
