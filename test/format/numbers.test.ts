import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmountText, formatInUnit, formatNumber, toKroner } from '../../src/format/numbers.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Norwegian number format', () => {
  it('groups thousands with no-break spaces and uses a decimal comma', () => {
    expect(formatNumber(353610000)).toBe('353\u00a0610\u00a0000');
    expect(plain(formatNumber(15335.9, 1))).toBe('15 335,9');
    expect(plain(formatNumber(17349.1, 1))).toBe('17 349,1');
    expect(formatNumber(0.8, 1)).toBe('0,8');
    expect(formatNumber(999)).toBe('999');
    expect(plain(formatNumber(-1234.5, 1))).toBe('−1 234,5');
  });

  it('writes amounts in running text in the unit given', () => {
    expect(plain(formatAmountText(700_000, 'mill. kroner'))).toBe('0,7 mill. kroner');
    expect(plain(formatAmountText(353_610_000))).toBe('353,6 mill. kroner');
    expect(plain(formatAmountText(15_420_000))).toBe('15,42 mill. kroner');
    expect(plain(formatAmountText(1_000_000))).toBe('1 mill. kroner');
    expect(plain(formatAmountText(500_000))).toBe('500 000 kroner');
  });

  it('keeps sums exact in whole kroner', () => {
    const posts = [61.0, 45.2, 15335.9, 1411.8, 243.5, 2.5, 210.1, 20.2, 18.9];
    const total = posts.reduce((s, p) => s + toKroner(p, 'mill. kroner'), 0);
    expect(plain(formatInUnit(total, 'mill. kroner'))).toBe('17 349,1');
  });

  it('round-trips any amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        const text = formatNumber(value, decimals);
        const back = Number(text.replace(/\u00a0/g, '').replace('−', '-').replace(',', '.'));
        expect(back).toBeCloseTo(value, decimals);
        expect(text).not.toMatch(/ /); // only no-break spaces, so an amount never wraps
      }),
      { numRuns: 1000 },
    );
  });

  it('writes what Intl.NumberFormat writes for nb-NO, rounding halves away from zero (property)', () => {
    const intl = (decimals: number) => new Intl.NumberFormat('nb-NO', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, roundingMode: 'halfExpand', signDisplay: 'negative' } as unknown as Intl.NumberFormatOptions);
    const written = fc.tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 4 })).map(([units, scale]) => {
      const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
      return `${units < 0n ? '-' : ''}${digits.slice(0, digits.length - scale)}${scale ? `.${digits.slice(-scale)}` : ''}`;
    });
    fc.assert(
      fc.property(written, fc.integer({ min: 0, max: 3 }), (text, decimals) => {
        const value = Number(text);
        fc.pre(String(value) === text.replace(/^(-?)0+(?=\d)/, '$1').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '').replace(/^-0$/, '0'));
        expect(formatNumber(value, decimals)).toBe(intl(decimals).format(text as unknown as number));
      }),
      { numRuns: 2000 },
    );
    for (const [value, decimals] of [[2.5, 0], [-2.5, 0], [-0.04, 1], [0.05, 1], [15.05, 1], [-1234.25, 1], [999.95, 1]] as const) {
      expect(formatNumber(value, decimals)).toBe(intl(decimals).format(String(value) as unknown as number));
    }
  });
});
