import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimals, decimalOf, decimalText, equalDecimals, parseDecimal, roundToInteger, shift, sumExact } from '../../src/format/decimal.js';
import { formatNumber, toKroner } from '../../src/format/numbers.js';

/** A decimal as text: up to 20 integer digits and 8 decimals, maybe negative. */
const decimalTexts = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 })).map(([negative, units, scale]) => {
  const digits = units.toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return { text: `${negative && units !== 0n ? '-' : ''}${text}`, units: negative ? -units : units, scale };
});

describe('decimal parsing', () => {
  it('keeps every digit written', () => {
    expect(decimalText(parseDecimal('12345678901234567.89')!)).toBe('12345678901234567.89');
    expect(decimalText(parseDecimal('-0.050')!)).toBe('-0.05');
    expect(decimalText(parseDecimal('1.5e3')!)).toBe('1500');
    expect(decimalText(parseDecimal('25E-4')!)).toBe('0.0025');
    expect(decimalText(parseDecimal('.5')!)).toBe('0.5');
    for (const bad of ['', '.', 'abc', '1,5', '1.2.3', '--1', '1e', 'e5']) expect(parseDecimal(bad), bad).toBeUndefined();
  });

  it('reads back exactly what it writes (property)', () => {
    fc.assert(fc.property(decimalTexts, ({ text, units, scale }) => {
      const d = parseDecimal(text)!;
      expect(equalDecimals(d, { units, scale })).toBe(true);
      expect(equalDecimals(parseDecimal(decimalText(d))!, d)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('sums exactly, in any order (property)', () => {
    fc.assert(fc.property(fc.array(decimalTexts, { maxLength: 30 }), (values) => {
      const ds = values.map((v) => parseDecimal(v.text)!);
      const sum = addDecimals(...ds);
      // Against BigInt arithmetic at a common scale of 8 decimals.
      const expected = values.reduce((s, v) => s + v.units * 10n ** BigInt(8 - v.scale), 0n);
      expect(equalDecimals(sum, { units: expected, scale: 8 })).toBe(true);
      expect(equalDecimals(addDecimals(...[...ds].reverse()), sum)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('sums numbers as the decimals they are written as: 0.1 + 0.2 is 0.3, øre sums have no drift', () => {
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact(Array.from({ length: 1000 }, () => 0.01))).toBe(10);
    expect(sumExact([10773732553.45, -734633108.45])).toBe(10039099445);
    fc.assert(fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 50 }), (øre) => {
      expect(sumExact(øre.map((n) => n / 100))).toBe(øre.reduce((s, n) => s + n, 0) / 100);
    }), { numRuns: 1000 });
  });

  it('rescales and rounds exactly, halves up as Math.round does', () => {
    expect(decimalText(shift(decimalOf(353.61), 6))).toBe('353610000');
    expect(decimalText(shift(decimalOf(353610000), -6))).toBe('353.61');
    expect([2.5, -2.5, 0.5, -0.5, 1.4999].map((x) => roundToInteger(decimalOf(x)))).toEqual([3n, -2n, 1n, 0n, 1n]);
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (n, scale) => {
      const value = n / 10 ** scale;
      expect(roundToInteger(decimalOf(value))).toBe(BigInt(Math.round(value)));
    }), { numRuns: 2000 });
  });

  it('converts to kroner exactly, where multiplying floats would not', () => {
    expect(Math.round(0.0001245 * 1_000_000)).toBe(124); // 124.49999999999999
    expect(toKroner(0.0001245, 'mill. kroner')).toBe(125);
    expect(toKroner(0.29, 'mill. kroner')).toBe(290_000);
    expect(toKroner(15335.9, 'mill. kroner')).toBe(15_335_900_000);
    expect(toKroner(1.0000005, 'mill. kroner')).toBe(1_000_001);
  });
});

describe('amounts print exactly as written', () => {
  it('6035.13 prints 6 035,13; halves round on the decimal, not its binary neighbour', () => {
    expect(formatNumber(6035.13, 2)).toBe('6\u00a0035,13');
    expect(formatNumber(0.15, 1)).toBe('0,2');
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatNumber(999999999999999)).toBe('999\u00a0999\u00a0999\u00a0999\u00a0999');
  });

  it('prints any amount of up to 15 digits with every digit (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
      const value = n / 10 ** decimals;
      const written = decimalText(decimalOf(value));
      const [whole, fraction = ''] = written.replace('-', '').split('.');
      const expected = `${value < 0 ? '−' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}${decimals ? `,${fraction.padEnd(decimals, '0')}` : ''}`;
      expect(formatNumber(value, decimals)).toBe(expected);
    }), { numRuns: 2000 });
  });
});
