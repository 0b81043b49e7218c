import type { AccountActionsResolvers } from '../types.generated.js';

export const AccountActions: AccountActionsResolvers = {
  canViewSummary: (actions) => actions.summary,
  canTransferFrom: (actions) => actions.transferFrom,
  canTransferTo: (actions) => actions.transferTo,
  historyEnabled: (actions) => actions.isHistoryEnabled,
  historyEntitled: (actions) => actions.isHistoryEntitled,
  onlineStatementEnabled: (actions) => actions.isOnlineStatementEnabled ?? null,
};
