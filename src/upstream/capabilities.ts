/**
 * What this bank accepts where Candescent's contract allows two readings (docs/bank-contract.md). Nothing here
 * is configured: the gateway assumes the lenient answer, learns the strict one from the bank's own refusal, and
 * asks again after a while (a bank upgrade may lift the restriction). One per bank client, i.e. per process.
 * It holds no customer data: only facts about the bank.
 */
export type BankFeature =
  /** `$filter=id eq 'a' or id eq 'b'` (strict: any `or` → 400 ACC_00005). */
  | 'orFilter'
  /** A business user's single-account read with the id alone (strict: 400 ACC_00410 without the location). */
  | 'accountReadWithoutLocation';

export interface BankCapabilities {
  /** Configured, not learned (ACCOUNT_UPDATE=patch): whether to send the assumed account PATCH at all. */
  readonly accountUpdate: boolean;
  supports(feature: BankFeature): boolean;
  /** The bank refused `feature`: stop using it until the re-probe interval has passed. */
  refuse(feature: BankFeature): void;
}

/** How long a refusal is believed before the feature is tried again. */
export const REPROBE_AFTER_MS = 10 * 60_000;

export function createBankCapabilities(accountUpdate: boolean, now: () => number = Date.now): BankCapabilities {
  const refusedAt = new Map<BankFeature, number>();
  return {
    accountUpdate,
    supports(feature) {
      const at = refusedAt.get(feature);
      if (at === undefined) return true;
      if (now() - at < REPROBE_AFTER_MS) return false;
      refusedAt.delete(feature);
      return true;
    },
    refuse(feature) {
      refusedAt.set(feature, now());
    },
  };
}
