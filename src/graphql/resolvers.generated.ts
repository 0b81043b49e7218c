/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { node as Query_node } from './resolvers/Query/node.js';
import    { nodes as Query_nodes } from './resolvers/Query/nodes.js';
import    { viewer as Query_viewer } from './resolvers/Query/viewer.js';
import    { accountUpdate as Mutation_accountUpdate } from './resolvers/Mutation/accountUpdate.js';
import    { recipientCreate as Mutation_recipientCreate } from './resolvers/Mutation/recipientCreate.js';
import    { recipientDelete as Mutation_recipientDelete } from './resolvers/Mutation/recipientDelete.js';
import    { recipientUpdate as Mutation_recipientUpdate } from './resolvers/Mutation/recipientUpdate.js';
import    { Account } from './resolvers/Account.js';
import    { AccountActions } from './resolvers/AccountActions.js';
import    { AccountBalance } from './resolvers/AccountBalance.js';
import    { AccountCertificate } from './resolvers/AccountCertificate.js';
import    { AccountGroup } from './resolvers/AccountGroup.js';
import    { AccountGroupConnection } from './resolvers/AccountGroupConnection.js';
import    { AccountGroupEdge } from './resolvers/AccountGroupEdge.js';
import    { AccountInterest } from './resolvers/AccountInterest.js';
import    { AccountLoan } from './resolvers/AccountLoan.js';
import    { AccountStatus } from './resolvers/AccountStatus.js';
import    { AccountType } from './resolvers/AccountType.js';
import    { AccountUpdatePayload } from './resolvers/AccountUpdatePayload.js';
import    { LoanPayment } from './resolvers/LoanPayment.js';
import    { Location } from './resolvers/Location.js';
import    { Money } from './resolvers/Money.js';
import    { PageInfo } from './resolvers/PageInfo.js';
import    { Recipient } from './resolvers/Recipient.js';
import    { RecipientCreatePayload } from './resolvers/RecipientCreatePayload.js';
import    { RecipientDeletePayload } from './resolvers/RecipientDeletePayload.js';
import    { RecipientUpdatePayload } from './resolvers/RecipientUpdatePayload.js';
import    { Term } from './resolvers/Term.js';
import    { Transaction } from './resolvers/Transaction.js';
import    { TransactionConnection } from './resolvers/TransactionConnection.js';
import    { TransactionEdge } from './resolvers/TransactionEdge.js';
import    { UserError } from './resolvers/UserError.js';
import    { Viewer } from './resolvers/Viewer.js';
import    { CurrencyCode } from './resolvers/CurrencyCode.js';
import    { Date } from './resolvers/Date.js';
import    { Decimal } from './resolvers/Decimal.js';
    export const resolvers: Resolvers = {
      Query: { node: Query_node,nodes: Query_nodes,viewer: Query_viewer },
      Mutation: { accountUpdate: Mutation_accountUpdate,recipientCreate: Mutation_recipientCreate,recipientDelete: Mutation_recipientDelete,recipientUpdate: Mutation_recipientUpdate },
      
      Account: Account,
AccountActions: AccountActions,
AccountBalance: AccountBalance,
AccountCertificate: AccountCertificate,
AccountGroup: AccountGroup,
AccountGroupConnection: AccountGroupConnection,
AccountGroupEdge: AccountGroupEdge,
AccountInterest: AccountInterest,
AccountLoan: AccountLoan,
AccountStatus: AccountStatus,
AccountType: AccountType,
AccountUpdatePayload: AccountUpdatePayload,
LoanPayment: LoanPayment,
Location: Location,
Money: Money,
PageInfo: PageInfo,
Recipient: Recipient,
RecipientCreatePayload: RecipientCreatePayload,
RecipientDeletePayload: RecipientDeletePayload,
RecipientUpdatePayload: RecipientUpdatePayload,
Term: Term,
Transaction: Transaction,
TransactionConnection: TransactionConnection,
TransactionEdge: TransactionEdge,
UserError: UserError,
Viewer: Viewer,
CurrencyCode: CurrencyCode,
Date: Date,
Decimal: Decimal
    }