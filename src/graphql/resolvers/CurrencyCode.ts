import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { scalarDocs } from '../scalar-docs.js';

const CODE = /^[A-Za-z]{3}$/;

// Case is normalised rather than rejected: a lower-case code from the bank must not null a non-null amount.
function currencyCode(value: unknown): string {
  if (typeof value !== 'string' || !CODE.test(value)) {
    const shown = typeof value === 'string' ? `"${value.slice(0, 10)}"` : `a ${typeof value}`;
    throw new GraphQLError(`CurrencyCode must be three letters (ISO 4217, e.g. "USD"), got ${shown}`);
  }
  return value.toUpperCase();
}

export const CurrencyCode = new GraphQLScalarType<string, string>({
  name: 'CurrencyCode',
  ...scalarDocs('CurrencyCode'),
  serialize: currencyCode,
  parseValue: currencyCode,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('CurrencyCode must be a string, e.g. "USD"', { nodes: ast });
    return currencyCode(ast.value);
  },
});
