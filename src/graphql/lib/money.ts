import { decimalFromNumber } from '../resolvers/Decimal.js';

const minorUnits = new Map<string, number>();

/** ISO 4217 minor units from the runtime's ICU data (USD 2, JPY 0, BHD 3); 2 for a code ICU cannot format. */
function minorUnitsOf(currencyCode: string): number {
  const code = currencyCode.toUpperCase();
  let digits = minorUnits.get(code);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      return 2;
    }
    // Only well-formed codes get here (ICU refuses the others), so the map holds at most 26³ entries.
    minorUnits.set(code, digits);
  }
  return digits;
}

/**
 * The bank's amount as a Decimal with at least the currency's minor units: 84200 USD is "84200.00", as
 * "4825.37" next to it. Padding only: digits beyond the minor units, when the bank sends them, are kept.
 */
export function moneyAmount(amount: number, currencyCode: string): string {
  const exact = decimalFromNumber(amount);
  const scale = minorUnitsOf(currencyCode);
  const point = exact.indexOf('.');
  const fraction = point === -1 ? 0 : exact.length - point - 1;
  if (fraction >= scale) return exact;
  return `${exact}${point === -1 ? '.' : ''}${'0'.repeat(scale - fraction)}`;
}
