// The sandbox's `$filter` for the accounts list: exactly the subset docs/bank-contract.md (Accounts) allows.
// Everything else throws ODataFilterError, which the route maps to 400 ACC_00005.

export class ODataFilterError extends Error {
  override readonly name = 'ODataFilterError';
}

export type FilterRecord = Record<string, string | undefined>;

type Predicate = (record: FilterRecord) => boolean;
type Operand = (record: FilterRecord) => string | undefined;

interface Token {
  kind: 'ident' | 'string' | '(' | ')' | ',' | 'end';
  text: string;
  pos: number;
}

// Guards against request-controlled input: 64 KiB fits well over 500 `id eq '<43-char id>'` terms.
const MAX_LENGTH = 64 * 1024;
const MAX_DEPTH = 32;

// `name` is the 1.11.0 spelling of the response's `nickName`; both are accepted (contract §3.1).
const PROPERTIES = new Map<string, string>([
  ['id', 'id'],
  ['nickName', 'nickName'],
  ['name', 'nickName'],
  ['accountNumber', 'accountNumber'],
  ['category', 'category'],
  ['type', 'type'],
]);

const CASE_FUNCTIONS = new Map<string, (value: string) => string>([
  ['tolower', (value) => value.toLowerCase()],
  ['toupper', (value) => value.toUpperCase()],
]);

// The bank documents these for $filter, but our ruling leaves them out; name them in the error.
const UNSUPPORTED_KEYWORDS = new Set(['gt', 'ge', 'lt', 'le', 'not', 'has', 'in']);

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
const PUNCTUATION = new Set(['(', ')', ',']);
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;

/** `allowOr: false` is the strict reading: "only simple filter expressions are supported". */
export function parseFilter(expression: string, { allowOr = true }: { allowOr?: boolean } = {}): Predicate {
  if (expression.length > MAX_LENGTH) fail(`expression longer than ${MAX_LENGTH} characters`);
  const parser = new Parser(tokenize(expression), allowOr);
  if (parser.peek().kind === 'end') fail('empty expression');
  const predicate = parser.parseOr(0);
  const trailing = parser.peek();
  if (trailing.kind !== 'end') fail(`unexpected ${describe(trailing)}`);
  return predicate;
}

function fail(reason: string): never {
  throw new ODataFilterError(`invalid $filter: ${reason}`);
}

function describe(token: Token): string {
  if (token.kind === 'end') return 'end of expression';
  const text = token.text.length > 20 ? `${token.text.slice(0, 20)}…` : token.text;
  return `'${text}' at position ${token.pos}`;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    const pos = i;
    if (WHITESPACE.has(ch)) {
      i++;
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ kind: ch as Token['kind'], text: ch, pos });
      i++;
    } else if (ch === "'") {
      const { value, end } = readString(input, pos);
      tokens.push({ kind: 'string', text: value, pos });
      i = end;
    } else if (IDENT_START.test(ch)) {
      while (i < input.length && IDENT_PART.test(input[i]!)) i++;
      tokens.push({ kind: 'ident', text: input.slice(pos, i), pos });
    } else if (/[0-9-]/.test(ch)) {
      fail(`number literals are not supported (position ${pos})`);
    } else {
      fail(`unexpected character '${ch}' at position ${pos}`);
    }
  }
  tokens.push({ kind: 'end', text: '', pos: input.length });
  return tokens;
}

// Inside a literal, '' is an escaped single quote (OData ABNF).
function readString(input: string, start: number): { value: string; end: number } {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = input.indexOf("'", from);
    if (quote < 0) fail(`unterminated string starting at position ${start}`);
    value += input.slice(from, quote);
    if (input[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    from = quote + 2;
  }
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[], private readonly allowOr: boolean) {}

  peek(): Token {
    return this.tokens[this.index]!;
  }

  // `or` and `and` loop instead of recursing, so a 500-term `id eq … or …` list stays flat.
  parseOr(depth: number): Predicate {
    const terms = [this.parseAnd(depth)];
    while (this.acceptKeyword('or')) {
      if (!this.allowOr) fail('or is not supported');
      terms.push(this.parseAnd(depth));
    }
    return terms.length === 1 ? terms[0]! : (record) => terms.some((term) => term(record));
  }

  private parseAnd(depth: number): Predicate {
    const terms = [this.parsePrimary(depth)];
    while (this.acceptKeyword('and')) terms.push(this.parsePrimary(depth));
    return terms.length === 1 ? terms[0]! : (record) => terms.every((term) => term(record));
  }

  private parsePrimary(depth: number): Predicate {
    const token = this.peek();
    if (token.kind === '(') {
      if (depth >= MAX_DEPTH) fail(`parentheses nested deeper than ${MAX_DEPTH}`);
      this.index++;
      const inner = this.parseOr(depth + 1);
      this.expect(')');
      return inner;
    }
    if (token.kind === 'ident' && token.text === 'contains') return this.parseContains();
    const operand = this.parseOperand();
    const operator = this.next();
    if (operator.kind !== 'ident' || (operator.text !== 'eq' && operator.text !== 'ne')) {
      if (operator.kind === 'ident' && UNSUPPORTED_KEYWORDS.has(operator.text)) {
        fail(`operator '${operator.text}' is not supported`);
      }
      fail(`expected 'eq' or 'ne' but found ${describe(operator)}`);
    }
    const literal = this.expect('string').text;
    // OData null semantics: a missing value is never equal, and is therefore "not equal", to a string.
    return operator.text === 'eq'
      ? (record) => operand(record) === literal
      : (record) => operand(record) !== literal;
  }

  // Case-insensitive, as Candescent documents for contains (the transactions API says so explicitly).
  private parseContains(): Predicate {
    this.index++;
    this.expect('(');
    const operand = this.parseOperand();
    this.expect(',');
    const needle = this.expect('string').text.toLowerCase();
    this.expect(')');
    return (record) => operand(record)?.toLowerCase().includes(needle) ?? false;
  }

  private parseOperand(): Operand {
    const token = this.peek();
    const transform = token.kind === 'ident' ? CASE_FUNCTIONS.get(token.text) : undefined;
    if (!transform) {
      const key = this.parseProperty();
      return (record) => record[key];
    }
    this.index++;
    this.expect('(');
    const key = this.parseProperty();
    this.expect(')');
    return (record) => {
      const value = record[key];
      return value === undefined ? undefined : transform(value);
    };
  }

  private parseProperty(): string {
    const token = this.next();
    if (token.kind !== 'ident') fail(`expected a property but found ${describe(token)}`);
    const key = PROPERTIES.get(token.text);
    if (key !== undefined) return key;
    if (UNSUPPORTED_KEYWORDS.has(token.text)) fail(`operator '${token.text}' is not supported`);
    if (this.peek().kind === '(') fail(`function '${token.text}' is not supported`);
    return fail(`unknown property '${token.text}'`);
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private expect(kind: Token['kind']): Token {
    const token = this.next();
    const wanted = kind === 'string' ? 'a string literal' : `'${kind}'`;
    if (token.kind !== kind) fail(`expected ${wanted} but found ${describe(token)}`);
    return token;
  }

  private acceptKeyword(keyword: string): boolean {
    const token = this.peek();
    if (token.kind !== 'ident' || token.text !== keyword) return false;
    this.index++;
    return true;
  }
}
