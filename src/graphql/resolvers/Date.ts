import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { scalarDocs } from '../scalar-docs.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar day as `YYYY-MM-DD`; no time zone is involved, so no JavaScript Date (and no shifting). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function date(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : `a ${typeof value}`;
    throw new GraphQLError(`Date must be a calendar date as YYYY-MM-DD, got ${shown}`);
  }
  return value;
}

export const Date = new GraphQLScalarType<string, string>({
  name: 'Date',
  ...scalarDocs('Date'),
  serialize: date,
  parseValue: date,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string as YYYY-MM-DD', { nodes: ast });
    return date(ast.value);
  },
});
