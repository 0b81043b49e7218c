import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { scalarDocs } from '../scalar-docs.js';

const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const MAX_LENGTH = 64;

/**
 * A finite number in plain decimal notation with JavaScript's shortest round-trip digits: the bank's JSON
 * `501306.06` becomes "501306.06" (never "501306.0599…"), `443572` becomes "443572". No rounding or padding to
 * minor units: the bank's amount is passed on exactly as it was sent.
 */
export function decimalFromNumber(value: number): string {
  if (!Number.isFinite(value)) throw new GraphQLError(`Decimal cannot represent ${value}`);
  if (value === 0) return '0'; // also -0
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt === -1) return text;
  // String() switches to exponent form below 1e-6 and from 1e21; move the point without touching the digits.
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.slice(negative ? 1 : 0, exponentAt).split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(text.slice(exponentAt + 1));
  const plain =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}

function decimalFromString(value: string): string {
  if (value.length > MAX_LENGTH || !DECIMAL.test(value)) {
    throw new GraphQLError(`Decimal must be a string like "1234.56" (optional "-", no exponent), got "${value.slice(0, MAX_LENGTH)}"`);
  }
  return value;
}

export const Decimal = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  ...scalarDocs('Decimal'),
  serialize: (value) => {
    if (typeof value === 'number') return decimalFromNumber(value);
    if (typeof value === 'string') return decimalFromString(value);
    throw new GraphQLError(`Decimal cannot represent a ${typeof value}`);
  },
  // Input must be a string: a JSON number may already have lost digits in the client's float.
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('Decimal input must be a string, e.g. "12.34"');
    return decimalFromString(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal input must be a string, e.g. "12.34"', { nodes: ast });
    return decimalFromString(ast.value);
  },
});
