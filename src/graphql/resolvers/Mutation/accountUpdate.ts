import { bankIdOf } from '../../global-id.js';
import { NOT_SUPPORTED, notFoundUserError, userErrorsFrom } from '../../lib/user-errors.js';
import type { MutationResolvers } from '../../types.generated.js';

export const accountUpdate: NonNullable<MutationResolvers['accountUpdate']> = async (_parent, { id, input }, { writes }) => {
  // Off, the same answer for every id: whether an account exists is no business of a mutation that cannot run.
  if (!writes.accountUpdateEnabled) return { account: null, userErrors: [NOT_SUPPORTED] };
  const bankId = bankIdOf(id, 'Account');
  if (!bankId) return { account: null, userErrors: [notFoundUserError(['id'], 'account')] };
  if (input.nickName == null && input.isVisible == null) {
    return { account: null, userErrors: [{ code: 'INVALID_INPUT', field: ['input'], message: 'Give nickName, isVisible or both' }] };
  }
  try {
    const account = await writes.updateAccount(bankId, {
      ...(input.nickName != null ? { nickName: input.nickName } : {}),
      ...(input.isVisible != null ? { isVisible: input.isVisible } : {}),
    });
    return { account, userErrors: [] };
  } catch (error) {
    return { account: null, userErrors: userErrorsFrom(error) };
  }
};
