import { describe, expect, it } from 'vitest';
import { ODataFilterError, parseFilter } from '../../src/sandbox/routes/odata.js';
import type { FilterRecord } from '../../src/sandbox/routes/odata.js';

const checking: FilterRecord = {
  id: 'acc-1',
  nickName: 'Business Checking',
  accountNumber: '*1234',
  category: 'DEPOSIT',
  type: 'CHECKING',
};
const savings: FilterRecord = {
  id: 'acc-2',
  nickName: "Sam's Savings",
  accountNumber: '*5678',
  category: 'DEPOSIT',
  type: 'SAVINGS',
};
const loan: FilterRecord = {
  id: 'acc-3',
  nickName: undefined,
  accountNumber: '*9012',
  category: 'LOAN',
  type: 'MORTGAGE',
};
const records = [checking, savings, loan];

function matching(expression: string): (string | undefined)[] {
  const predicate = parseFilter(expression);
  return records.filter(predicate).map((record) => record.id);
}

describe('parseFilter: the contract examples', () => {
  it.each([
    ["category eq 'DEPOSIT'", ['acc-1', 'acc-2']],
    ["type eq 'CHECKING'", ['acc-1']],
    ["name eq 'Business Checking'", ['acc-1']],
    ["(category eq 'DEPOSIT') and (type eq 'CHECKING')", ['acc-1']],
  ])('%s', (expression, ids) => {
    expect(matching(expression)).toEqual(ids);
  });
});

describe('parseFilter: supported forms', () => {
  it.each([
    ["id eq 'acc-2'", ['acc-2']],
    ["nickName eq 'Business Checking'", ['acc-1']],
    ["accountNumber eq '*9012'", ['acc-3']],
    ["category ne 'DEPOSIT'", ['acc-3']],
    // A missing nickName is never equal to a string, so it is "not equal" to it.
    ["name ne 'Business Checking'", ['acc-2', 'acc-3']],
    ["name eq ''", []],
    ["type eq 'checking'", []],
    ["tolower(type) eq 'checking'", ['acc-1']],
    ["toupper(name) eq 'BUSINESS CHECKING'", ['acc-1']],
    ["tolower(type) eq 'CHECKING'", []],
    ["tolower(category) ne 'deposit'", ['acc-3']],
    ["contains(name,'check')", ['acc-1']],
    ["contains(nickName, 'SAVINGS')", ['acc-2']],
    ["contains(tolower(name),'S')", ['acc-1', 'acc-2']],
    ["contains(accountNumber,'')", ['acc-1', 'acc-2', 'acc-3']],
    ["contains(name,'')", ['acc-1', 'acc-2']],
    ["category eq 'DEPOSIT' and contains(name,'sav')", ['acc-2']],
    ["((((id eq 'acc-3'))))", ['acc-3']],
  ])('%s', (expression, ids) => {
    expect(matching(expression)).toEqual(ids);
  });

  it('reads doubled single quotes as one quote', () => {
    expect(matching("name eq 'Sam''s Savings'")).toEqual(['acc-2']);
    expect(matching("contains(name,'''')")).toEqual(['acc-2']);
    expect(parseFilter("id eq ''''")({ id: "'" })).toBe(true);
  });

  it('accepts flexible whitespace, including none around punctuation', () => {
    expect(matching("  (  category\teq\n'DEPOSIT'  )and(type eq'SAVINGS')  ")).toEqual(['acc-2']);
    expect(matching("contains ( name , 'check' )")).toEqual(['acc-1']);
  });

  it('keeps the literal byte-for-byte, including characters that are operators elsewhere', () => {
    expect(parseFilter("id eq 'a or b) and (c'")({ id: 'a or b) and (c' })).toBe(true);
    expect(parseFilter("name eq 'Crédit – 1'")({ nickName: 'Crédit – 1' })).toBe(true);
  });

  it('does not look properties up on the prototype', () => {
    expect(() => parseFilter("constructor eq 'x'")).toThrow(/unknown property 'constructor'/);
    expect(() => parseFilter("__proto__ eq 'x'")).toThrow(ODataFilterError);
  });
});

describe('parseFilter: precedence', () => {
  it('binds and tighter than or', () => {
    // Read as: loan OR (checking AND savings-type) → only the loan.
    expect(matching("category eq 'LOAN' or type eq 'CHECKING' and type eq 'SAVINGS'")).toEqual(['acc-3']);
    expect(matching("type eq 'CHECKING' and type eq 'SAVINGS' or category eq 'LOAN'")).toEqual(['acc-3']);
  });

  it('lets parentheses override the default grouping', () => {
    expect(matching("(category eq 'LOAN' or type eq 'CHECKING') and type eq 'SAVINGS'")).toEqual([]);
    expect(matching("(category eq 'LOAN' or type eq 'CHECKING') and category ne 'DEPOSIT'")).toEqual(['acc-3']);
  });
});

describe('parseFilter: long id lists', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `${'A'.repeat(40)}${String(i).padStart(3, '0')}`);
  const expression = ids.map((id) => `id eq '${id}'`).join(' or ');

  // A parser that backtracked on long or-lists would not finish inside the unit tier's test timeout.
  it('compiles a 500-term or-list and matches every listed id only', () => {
    const predicate = parseFilter(expression);
    const matches = ids.filter((id) => predicate({ id }));
    expect(matches).toHaveLength(500);
    expect(predicate({ id: 'not-listed' })).toBe(false);
    expect(predicate({ id: undefined })).toBe(false);
  });

  it('handles thousands of terms without running out of stack', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `id eq '${i}'`).join(' or ');
    expect(parseFilter(many)({ id: '2999' })).toBe(true);
    const anded = Array.from({ length: 2500 }, () => "type eq 'MORTGAGE'").join(' and ');
    expect(parseFilter(anded)(loan)).toBe(true);
    expect(parseFilter(anded)(checking)).toBe(false);
  });
});

describe('parseFilter: rejected input', () => {
  it.each([
    ['empty expression', ''],
    ['blank expression', '   '],
    ['gt', "id gt 'a'"],
    ['ge', "id ge 'a'"],
    ['lt', "id lt 'a'"],
    ['le', "id le 'a'"],
    ['not', "not (id eq 'a')"],
    ['not without parentheses', "not id eq 'a'"],
    ['upper-case keyword', "id EQ 'a'"],
    ['upper-case and', "id eq 'a' AND id eq 'b'"],
    ['upper-case function', "CONTAINS(name,'a')"],
    ['unknown property', "balance eq '1'"],
    ['property name in wrong case', "nickname eq 'a'"],
    ['navigation path', "customer/id eq 'a'"],
    ['number literal', 'id eq 1'],
    ['negative number literal', 'id eq -1'],
    ['boolean literal', 'id eq true'],
    ['null literal', 'name eq null'],
    ['double-quoted string', 'id eq "a"'],
    ['unterminated string', "id eq 'abc"],
    ['unterminated string ending in an escaped quote', "id eq 'abc''"],
    ['trailing token', "id eq 'a' id"],
    ['trailing string', "id eq 'a' 'b'"],
    ['trailing or', "id eq 'a' or"],
    ['leading and', "and id eq 'a'"],
    ['missing closing parenthesis', "(id eq 'a'"],
    ['extra closing parenthesis', "id eq 'a')"],
    ['empty parentheses', '()'],
    ['bare property', 'id'],
    ['bare property in a conjunction', "id and type eq 'a'"],
    ['bare tolower', 'tolower(id)'],
    ['property on the right', 'name eq nickName'],
    ['literal on the left', "'a' eq id"],
    ['comparison of contains', "contains(name,'a') eq 'true'"],
    ['contains with one argument', 'contains(name)'],
    ['contains with three arguments', "contains(name,'a','b')"],
    ['contains with a property as needle', 'contains(name,id)'],
    ['contains without parentheses', "contains name 'a'"],
    ['tolower with two arguments', "tolower(name,'a') eq 'a'"],
    ['tolower with no arguments', "tolower() eq 'a'"],
    ['nested case functions', "tolower(toupper(name)) eq 'a'"],
    ['tolower on a literal', "tolower('A') eq 'a'"],
    ['parenthesised property', "(name) eq 'a'"],
    ['unsupported function', "startswith(name,'a')"],
    ['unsupported lambda operator', "id in ('a','b')"],
    ['unexpected character', "id eq 'a' && id eq 'b'"],
    ['query-string leftovers', "$filter=id eq 'a'"],
  ])('%s', (_label, expression) => {
    expect(() => parseFilter(expression)).toThrow(ODataFilterError);
  });

  it('gives a short reason naming the problem', () => {
    expect(() => parseFilter("id gt 'a'")).toThrow("operator 'gt' is not supported");
    expect(() => parseFilter("balance eq '1'")).toThrow("unknown property 'balance'");
    expect(() => parseFilter("startswith(name,'a')")).toThrow("function 'startswith' is not supported");
    expect(() => parseFilter("id eq 'abc")).toThrow('unterminated string starting at position 6');
    expect(() => parseFilter('id')).toThrow("expected 'eq' or 'ne' but found end of expression");
    expect(() => parseFilter('')).toThrow('empty expression');
  });

  it('truncates long tokens in the reason', () => {
    const error = captureError(() => parseFilter(`id eq 'a' ${'x'.repeat(1000)}`));
    expect(error.message.length).toBeLessThan(100);
  });

  it('is an Error named ODataFilterError', () => {
    const error = captureError(() => parseFilter('id'));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ODataFilterError');
  });

  it('caps the expression length at 64 KiB', () => {
    const padding = ' '.repeat(64 * 1024 - "id eq 'a'".length);
    expect(parseFilter(`id eq 'a'${padding}`)({ id: 'a' })).toBe(true);
    expect(() => parseFilter(`id eq 'a'${padding} `)).toThrow(/longer than 65536/);
  });

  it('caps parenthesis nesting at 32 levels', () => {
    const nested = (depth: number): string => `${'('.repeat(depth)}id eq 'a'${')'.repeat(depth)}`;
    expect(parseFilter(nested(32))({ id: 'a' })).toBe(true);
    expect(() => parseFilter(nested(33))).toThrow(/nested deeper than 32/);
    expect(() => parseFilter(nested(10_000))).toThrow(ODataFilterError);
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    if (error instanceof ODataFilterError) return error;
    throw error;
  }
  throw new Error('expected an ODataFilterError');
}
