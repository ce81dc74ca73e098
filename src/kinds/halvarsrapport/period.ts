import { formatShortDate } from '../../format/dates.js';
import type { Deadline } from '../tildelingsbrev/schema.js';
import type { Supplement } from '../tillegg/content.js';

export interface Period { fra: string; til: string }

/** The period a report covers: as given, or 1 January–30 June of the year. */
export const periodOf = (år: number, given?: Period): Period => given ?? { fra: `${år}-01-01`, til: `${år}-06-30` };

/** «01.01.2023–30.06.2023». */
export const periodText = (p: Period) => `${formatShortDate(p.fra)}–${formatShortDate(p.til)}`;

/** Free-text deadlines that fall in the first half year or run all year, so a mid-year report answers them. */
const RUNNING = /løpende|første halv(?:del|år)|fyrste halv(?:del|år)|1\.\s*halvår/i;

/** Whether an assignment has a deadline (or part deadline) within the period, or runs throughout it. */
export function dueIn(frist: readonly Deadline[], p: Period): boolean {
  return frist.some((d) => (d.dato ? d.dato >= p.fra && d.dato <= p.til : RUNNING.test(d.tekst ?? '')));
}

/** The tillegg a report for the period answers: those dated by its end. */
export const supplementsIn = (p: Period, supplements: readonly Supplement[]): Supplement[] => supplements.filter((s) => s.tillegg.dato <= p.til);
