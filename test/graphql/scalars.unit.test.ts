import { Kind, type StringValueNode, type IntValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CurrencyCode } from '../../src/graphql/resolvers/CurrencyCode.js';
import { Date as DateScalar } from '../../src/graphql/resolvers/Date.js';
import { Decimal } from '../../src/graphql/resolvers/Decimal.js';
import { compareDecimals } from '../../src/graphql/lib/decimal.js';
import { moneyAmount } from '../../src/graphql/lib/money.js';

const stringLiteral = (value: string): StringValueNode => ({ kind: Kind.STRING, value });
const intLiteral = (value: string): IntValueNode => ({ kind: Kind.INT, value });

describe('Decimal', () => {
  it('serialises the bank amount exactly, without float artefacts or padding', () => {
    expect(Decimal.serialize(443572)).toBe('443572');
    expect(Decimal.serialize(501306.06)).toBe('501306.06');
    expect(Decimal.serialize(4554.24)).toBe('4554.24');
    // Any JSON literal of up to 15 significant digits comes back as written.
    expect(Decimal.serialize(JSON.parse('{"amount": 1234567890123.45}').amount)).toBe('1234567890123.45');
    expect(Decimal.serialize(-220)).toBe('-220');
    expect(Decimal.serialize(-0)).toBe('0');
  });

  it('writes numbers that JavaScript prints with an exponent in plain notation', () => {
    expect(Decimal.serialize(1e-7)).toBe('0.0000001');
    expect(Decimal.serialize(-1.5e-7)).toBe('-0.00000015');
    expect(Decimal.serialize(1.2345e21)).toBe('1234500000000000000000');
  });

  it('passes valid decimal strings through and rejects anything else', () => {
    expect(Decimal.serialize('10.50')).toBe('10.50');
    expect(() => Decimal.serialize(Number.NaN)).toThrow(/cannot represent/);
    expect(() => Decimal.serialize(Number.POSITIVE_INFINITY)).toThrow(/cannot represent/);
    expect(() => Decimal.serialize('1e5')).toThrow(/Decimal must be/);
    expect(() => Decimal.serialize(true)).toThrow(/cannot represent a boolean/);
  });

  it('accepts only decimal strings as input', () => {
    expect(Decimal.parseValue('-12.5')).toBe('-12.5');
    expect(Decimal.parseLiteral(stringLiteral('0.01'))).toBe('0.01');
    expect(() => Decimal.parseValue(12.5)).toThrow(/must be a string/);
    expect(() => Decimal.parseValue('12.')).toThrow(/Decimal must be/);
    expect(() => Decimal.parseValue('012')).toThrow(/Decimal must be/);
    expect(() => Decimal.parseValue('1'.repeat(65))).toThrow(/Decimal must be/);
    expect(() => Decimal.parseLiteral(intLiteral('12'))).toThrow(/must be a string/);
  });
});

describe('Date', () => {
  it('accepts real calendar days as YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2026-03-15')).toBe('2026-03-15');
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral(stringLiteral('2000-02-29'))).toBe('2000-02-29');
  });

  it('rejects impossible days, other formats and non-strings', () => {
    for (const bad of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-3-5', '2026-03-15T00:00:00Z']) {
      expect(() => DateScalar.parseValue(bad), bad).toThrow(/YYYY-MM-DD/);
    }
    expect(() => DateScalar.serialize(20260315)).toThrow(/got a number/);
    expect(() => DateScalar.parseLiteral(intLiteral('20260315'))).toThrow(/must be a string/);
  });
});

describe('CurrencyCode', () => {
  it('accepts any three-letter ISO 4217 code and normalises case', () => {
    expect(CurrencyCode.serialize('USD')).toBe('USD');
    expect(CurrencyCode.serialize('zwd')).toBe('ZWD');
    expect(CurrencyCode.parseLiteral(stringLiteral('eur'))).toBe('EUR');
  });

  it('rejects values that are not three letters', () => {
    for (const bad of ['US', 'USDD', 'U$D', '']) expect(() => CurrencyCode.parseValue(bad), bad).toThrow(/three letters/);
    expect(() => CurrencyCode.serialize(840)).toThrow(/got a number/);
  });
});

describe('Money.amount', () => {
  it("pads the bank's amount to the currency's minor units and never rounds", () => {
    expect(moneyAmount(84200, 'USD')).toBe('84200.00');
    expect(moneyAmount(4825.37, 'USD')).toBe('4825.37');
    expect(moneyAmount(-220.5, 'USD')).toBe('-220.50');
    expect(moneyAmount(0, 'USD')).toBe('0.00');
    expect(moneyAmount(1500, 'JPY')).toBe('1500');
    expect(moneyAmount(1.5, 'BHD')).toBe('1.500');
    // More digits than the currency has are the bank's to send and ours to keep.
    expect(moneyAmount(0.125, 'USD')).toBe('0.125');
    // A code ICU cannot format still gets the common two.
    expect(moneyAmount(7, 'X1Z')).toBe('7.00');
  });
});

describe('compareDecimals', () => {
  it('orders Decimal strings exactly, whatever their scale or sign', () => {
    const sorted = ['-100', '-20.5', '-20.49', '-0.001', '0', '0.001', '9.99', '10', '10.000000000000000001', '100'];
    const shuffled = [...sorted].reverse();
    expect(shuffled.sort(compareDecimals)).toEqual(sorted);
    expect(compareDecimals('10.50', '10.5')).toBe(0);
    expect(compareDecimals('-0', '0.00')).toBe(0);
    // A float cannot tell these apart; the comparison must.
    expect(compareDecimals('0.30000000000000001', '0.3')).toBeGreaterThan(0);
  });
});
