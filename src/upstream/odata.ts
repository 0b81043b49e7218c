import type { AccountCategory } from './types.js';

/** An OData string literal: single quotes, with embedded quotes doubled (so `O'Brien` cannot end it early). */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** `id eq 'a' or id eq 'b'`: how several accounts are fetched in one list call (docs/bank-contract.md "Accounts"). */
export function idsFilter(ids: readonly string[]): string {
  return anyOf('id', ids);
}

export function categoriesFilter(categories: readonly AccountCategory[]): string {
  return anyOf('category', categories);
}

export function typesFilter(types: readonly string[]): string {
  return anyOf('type', types);
}

/** Conjunction of clauses, each parenthesised because `and` binds tighter than the `or`s inside them. */
export function allOf(clauses: readonly string[]): string | undefined {
  if (clauses.length <= 1) return clauses[0];
  return clauses.map((clause) => `(${clause})`).join(' and ');
}

function anyOf(property: string, values: readonly string[]): string {
  // An empty filter would not mean "nothing": the call would return every account.
  if (values.length === 0) throw new RangeError(`no ${property} values for the filter`);
  return values.map((value) => `${property} eq ${odataString(value)}`).join(' or ');
}
