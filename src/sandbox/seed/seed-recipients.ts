// Saved transfer recipients. Each points at a real account of another seed member, so the
// recipient validation (member, pass code, account) agrees with the data it was seeded from.
import type { AccountRecord, RecipientRecord, UserRecord } from '../model.js';
import { lowerHexId } from './seed-ids.js';
import type { PersonaKey } from './seed-users.js';

const RECIPIENTS: ReadonlyArray<{ owner: PersonaKey; member: PersonaKey; account: string; nickName: string }> = [
  { owner: 'alex', member: 'sam', account: 'sam:checking', nickName: 'Sam - rent split' },
  { owner: 'alex', member: 'chris', account: 'chris:checking', nickName: 'Chris N' },
  { owner: 'alex', member: 'dana', account: 'dana:savings', nickName: 'Dana savings' },
  { owner: 'alex', member: 'dana', account: 'dana:checking', nickName: 'Dana checking' },
  { owner: 'alex', member: 'jamie', account: 'jamie:checking', nickName: 'Jamie personal' },
  { owner: 'sam', member: 'alex', account: 'alex:everyday-checking', nickName: 'Alex Rivera' },
  { owner: 'sam', member: 'chris', account: 'chris:checking', nickName: 'Chris' },
];

export function recipientId(ownerLoginId: string, sequence: number | string): string {
  return lowerHexId(`recipient:${ownerLoginId}:${sequence}`);
}

export function attachRecipients(users: Map<PersonaKey, UserRecord>, accounts: Map<string, AccountRecord>): void {
  RECIPIENTS.forEach((entry, index) => {
    const owner = users.get(entry.owner)!;
    const member = users.get(entry.member)!;
    const account = accounts.get(entry.account)!;
    const recipient: RecipientRecord = {
      id: recipientId(owner.loginId, index),
      institutionId: owner.institutionId,
      institutionCustomerId: owner.customers[0]!.institutionCustomerId,
      memberNumber: member.customers[0]!.memberNumber,
      accountNumber: account.accountNumber,
      accountType: account.typeValue,
      email: member.email,
      nickName: entry.nickName,
      fullName: `${member.firstName} ${member.lastName}`,
    };
    owner.recipients.push(recipient);
  });
}
