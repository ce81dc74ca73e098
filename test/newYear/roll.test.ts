import { describe, expect, it } from 'vitest';
import { lastDeadlineYear, rollDate, rollYearsInText, runsInto } from '../../src/newYear/roll.js';

describe('rolling dates and years', () => {
  it('moves a date a year, keeping how it was written', () => {
    expect(rollDate('2024-03-15', 1)).toBe('2025-03-15');
    expect(rollDate('15.03.2024', 1)).toBe('15.03.2025');
    expect(rollDate('2023-12-31', 2)).toBe('2025-12-31');
  });

  it('turns 29 February into 28 February in a year that is not a leap year', () => {
    expect(rollDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(rollDate('29.02.2024', 4)).toBe('29.02.2028');
  });

  it('moves every year in a text, and nothing else', () => {
    expect(rollYearsInText('Årsrapport og regnskap for budsjettåret 2023', 1)).toBe('Årsrapport og regnskap for budsjettåret 2024');
    expect(rollYearsInText('Prop. 1 S (2022–2023), post 21, 353 610 000', 1)).toBe('Prop. 1 S (2023–2024), post 21, 353 610 000');
  });
});

describe('whether an assignment still runs', () => {
  it('uses the last dated deadline', () => {
    const parts = [{ del: 'Del 1', dato: '2023-08-01' }, { del: 'Del 2', dato: '2024-03-31' }];
    expect(lastDeadlineYear(parts)).toBe(2024);
    expect(runsInto(parts, 2024)).toBe(true);
    expect(runsInto(parts, 2025)).toBe(false);
  });

  it('never reads a year out of a text deadline: free text counts as running, for the author to assess', () => {
    expect(runsInto([{ tekst: 'Ut 2023' }], 2024)).toBe(true);
    expect(runsInto([{ tekst: 'Årsrapport 2022' }], 2024)).toBe(true);
    expect(lastDeadlineYear([{ tekst: 'Løpende' }])).toBe(Infinity);
    expect(lastDeadlineYear([{ dato: '2023-05-01' }, { dato: '2024-12-31' }])).toBe(2024);
    expect(runsInto([{ dato: '2023-12-31' }], 2024)).toBe(false);
  });
});
