import type { Assignment } from './schema.js';

/** A place in the letter where assignments are listed. */
export type Place = { mål: number } | { styringsparameter: string } | { kapittel: string } | { alene: true };

/**
 * Whether the assignment is listed at the place: where it belongs (the most specific of styringsparameter,
 * chapter and goal, or alone when it names none) and every place in its `også`.
 */
export function listedAt(a: Assignment, place: Place): boolean {
  if ('alene' in place) return a.mål === undefined && a.styringsparameter === undefined && a.kapittel === undefined;
  if ('styringsparameter' in place) return a.styringsparameter === place.styringsparameter || a.også.some((p) => 'styringsparameter' in p && p.styringsparameter === place.styringsparameter);
  if ('kapittel' in place) return a.kapittel === place.kapittel || a.også.some((p) => 'kapittel' in p && p.kapittel === place.kapittel);
  const own = a.mål === place.mål && a.styringsparameter === undefined && a.kapittel === undefined;
  return own || a.også.some((p) => 'mål' in p && p.mål === place.mål);
}

/** Given in the letter's year: an id of the form ÅÅÅÅ-NN with that year. Ids in other forms are earlier assignments. */
export const isNew = (a: Pick<Assignment, 'id'>, year: number): boolean => /^\d{4}-/.test(a.id) && Number(a.id.slice(0, 4)) === year;

/** The file an assignment lives in: its id, with `/` and spaces (not allowed in a file name) as hyphens. */
export const assignmentFile = (id: string): string => `oppdrag/${id.replace(/[/ ]/g, '-')}.md`;

/** An assignment's anchor in the document: its id with anything but letters, digits and hyphens as hyphens. */
export const assignmentAnchor = (id: string): string => `oppdrag-${id.replace(/[^\p{L}\d-]+/gu, '-')}`;
