import { GraphQLEnumType, type GraphQLResolveInfo } from 'graphql';

/**
 * The bank's value when the schema's enum knows it, else `fallback`: a product type or transaction type the bank
 * adds later must degrade to UNKNOWN/OTHER rather than fail the whole field (and, through non-null, its parents).
 */
export function enumOrFallback<T extends string, F extends T | null = T>(
  info: GraphQLResolveInfo,
  enumName: string,
  raw: string | undefined,
  fallback: F,
): T | F {
  const type = info.schema.getType(enumName);
  if (raw && type instanceof GraphQLEnumType && type.getValue(raw)) return raw as T;
  return fallback;
}
