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
 * The last year an assignment runs to: the year of its latest dated deadline. A part that is not a date counts
 * as running on (Infinity): new-year never reads a year out of free text, it asks the author (see «Må vurderes»).
 */
export function lastDeadlineYear(frist: readonly Deadline[]): number {
  return Math.max(-Infinity, ...frist.map((part) => (part.dato ? Number(part.dato.slice(0, 4)) : Infinity)));
}

/** Whether an assignment is still running in `year`: its last deadline falls in that year or later, or it has none. */
export function runsInto(frist: readonly Deadline[], year: number): boolean {
  return lastDeadlineYear(frist) >= year;
}
