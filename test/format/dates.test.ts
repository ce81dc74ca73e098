import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate, parseDate } from '../../src/format/dates.js';

describe('dates', () => {
  it('reads ISO and Norwegian dates and refuses impossible ones', () => {
    expect(parseDate('2023-01-20')).toBe('2023-01-20');
    expect(parseDate('01.07.2023')).toBe('2023-07-01');
    expect(parseDate('1.7.2023')).toBe('2023-07-01');
    expect(parseDate('31.02.2023')).toBeUndefined();
    expect(parseDate('2023-13-01')).toBeUndefined();
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDate('Løpende')).toBeUndefined();
  });

  it('writes dates as letters and tables do', () => {
    expect(formatLongDate('2023-01-20')).toBe('20. januar 2023');
    expect(formatLongDate('2024-03-15')).toBe('15. mars 2024');
    expect(formatShortDate('2023-07-01')).toBe('01.07.2023');
    expect(formatShortDate('2024-12-31')).toBe('31.12.2024');
  });

  it('names every month in Norwegian', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatLongDate(`2023-${String(i + 1).padStart(2, '0')}-01`));
    expect(months).toEqual(['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'].map((m) => `1. ${m} 2023`));
  });

  it('round-trips every real date (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDate(iso)).toBe(iso);
        expect(parseDate(formatShortDate(iso))).toBe(iso);
        expect(formatShortDate(iso)).toBe(iso.split('-').reverse().join('.'));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes what Intl.DateTimeFormat writes for nb (property)', () => {
    const long = new Intl.DateTimeFormat('nb', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat('nb', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(formatLongDate(iso)).toBe(long.format(d));
        expect(formatShortDate(iso)).toBe(short.format(d));
      }),
      { numRuns: 2000 },
    );
  });
});
