interface DecimalParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

/** Decimal strings are canonical in their whole part (no leading zeros: the scalar refuses them); "-0" is zero. */
function partsOf(value: string): DecimalParts {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return { negative: negative && (whole !== '0' || trimmed !== ''), whole, fraction: trimmed };
}

function compareMagnitudes(a: DecimalParts, b: DecimalParts): number {
  if (a.whole.length !== b.whole.length) return a.whole.length - b.whole.length;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  const length = Math.max(a.fraction.length, b.fraction.length);
  const x = a.fraction.padEnd(length, '0');
  const y = b.fraction.padEnd(length, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Exact order of two Decimal strings (negative, zero, positive like a comparator): no float ever decides. */
export function compareDecimals(a: string, b: string): number {
  const x = partsOf(a);
  const y = partsOf(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const magnitude = compareMagnitudes(x, y);
  return x.negative ? -magnitude : magnitude;
}
