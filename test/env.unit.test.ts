// The parsers every configuration loader shares (src/env.ts): one reading per kind of value.
import { describe, expect, it } from 'vitest';
import { readBool, readDecimal, readEnum, readInt, readString, readUrl } from '../src/env.js';
import { configRefusal as refusal } from './support/config-error.js';

describe('configuration parsers', () => {
  it('read whole numbers as decimal digits only, refusing other notations with the variable and its range', () => {
    expect(readInt({ N: '16' }, 'N', 1, 0, 100)).toBe(16);
    expect(readInt({ N: ' 16 ' }, 'N', 1, 0, 100)).toBe(16);
    expect(readInt({ N: '' }, 'N', 7, 0, 100)).toBe(7);
    expect(readInt({}, 'N', 7, 0, 100)).toBe(7);
    for (const raw of ['0x10', '1e1', '-1', '16.0', '+16', '0b1', '16px']) {
      expect(refusal(() => readInt({ N: raw }, 'N', 1, 0, 100))).toBe('N: must be a whole number from 0 to 100');
    }
    expect(refusal(() => readInt({ N: '101' }, 'N', 1, 0, 100))).toBe('N: must be a whole number from 0 to 100');
  });

  it('read decimals without sign, exponent or hexadecimal', () => {
    expect(readDecimal({ R: '0.25' }, 'R', 1, 0, 1)).toBe(0.25);
    expect(readDecimal({ R: '1' }, 'R', 0.5, 0, 1)).toBe(1);
    for (const raw of ['.5', '5e-1', '0x1', '-0.5', '2']) {
      expect(refusal(() => readDecimal({ R: raw }, 'R', 1, 0, 1))).toBe('R: must be a number from 0 to 1');
    }
  });

  it('read booleans, enumerations, strings and URLs, naming the variable and never the value', () => {
    expect([readBool({ B: '1' }, 'B', false), readBool({ B: 'false' }, 'B', true), readBool({}, 'B', true)]).toEqual([true, false, true]);
    expect(refusal(() => readBool({ B: 'yes' }, 'B', false))).toBe('B: must be true or false');
    expect(readEnum({ E: 'b' }, 'E', ['a', 'b'], 'a')).toBe('b');
    expect(readEnum({ E: ' ' }, 'E', ['a', 'b'], 'a')).toBe('a');
    expect(refusal(() => readEnum({ E: 'secret-c' }, 'E', ['a', 'b'], 'a'))).toBe('E: must be one of a, b');
    expect([readString({ S: '  x ' }, 'S'), readString({ S: '  ' }, 'S')]).toEqual(['x', undefined]);
    expect(readUrl({ U: 'https://idp.example/jwks' }, 'U')).toBe('https://idp.example/jwks');
    expect(refusal(() => readUrl({ U: 'ftp://secret@host' }, 'U'))).toBe('U: must be an absolute http(s) URL');
    expect(refusal(() => readUrl({ U: 'not a url' }, 'U', ['redis:'], 'must be a redis:// URL'))).toBe('U: must be a redis:// URL');
  });
});
