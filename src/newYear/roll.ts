import { parseDate } from '../format/dates.js';
import type { Deadline } from '../kinds/tildelingsbrev/schema.js';

const YEAR = /\b(19\d\d|20\d\d|2100)\b/g;

/** Moves every year written in a text by `delta`: "Årsrapport for budsjettåret 2023" → "… 2024". */
export function rollYearsInText(text: string, delta: number): string {
  return text.replace(YEAR, (y) => String(Number(y) + delta));
}

/**
 * Moves a date written as 2023-03-15 or 15.03.2023 by `delta` years, keeping how it was written.
 * 29 February becomes 28 February in a year that is not a leap year.
 */
export function rollDate(value: string, delta: number): string {
  const iso = parseDate(value);
  if (!iso) return value;
  const [y, m, d] = iso.split('-').map(Number);
  const year = y + delta;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  const pad = (n: number) => String(n).padStart(2, '0');
  return /^\d{4}-/.test(value.trim()) ? `${year}-${pad(m)}-${pad(day)}` : `${pad(day)}.${pad(m)}.${year}`;
}

/**
 * The last year an assignment runs to: the year of its latest dated deadline, or a year named in a text
 * deadline ("Ut 2024", "Første halvdel av 2023"). A text deadline without a year ("Løpende") runs on:
 * Infinity.
 */
export function lastDeadlineYear(frist: readonly Deadline[]): number {
  let last = -Infinity;
  for (const part of frist) {
    if (part.dato) last = Math.max(last, Number(part.dato.slice(0, 4)));
    else {
      const years = [...(part.tekst ?? '').matchAll(YEAR)].map((m) => Number(m[1]));
      last = Math.max(last, years.length ? Math.max(...years) : Infinity);
    }
  }
  return last;
}

/** Whether an assignment is still running in `year`: its last deadline falls in that year or later, or it has none. */
export function runsInto(frist: readonly Deadline[], year: number): boolean {
  return lastDeadlineYear(frist) >= year;
}
