import { letterItems as reportItems, type LetterGoal } from '../arsrapport/letterItems.js';
import type { LetterContent } from '../tildelingsbrev/content.js';
import { deadlineText } from '../tildelingsbrev/goalBlocks.js';
import type { Supplement } from '../tillegg/content.js';
import { compareIds } from '../tillegg/findSupplements.js';
import { ledgerAfter } from '../tillegg/ledger.js';
import { dueIn, type Period } from './period.js';

export interface PeriodAssignment {
  id: string;
  tittel: string;
  /** The deadlines as they stand after the tillegg, as text ("Del 1: 01.06.2023"). */
  frist: string;
}

export interface PeriodPost { kap: number; post: number; navn: string; kroner: number }

/**
 * What a mid-year report must answer: every goal and steering parameter of the letter, every assignment due in
 * the period or given by a tillegg (as the tillegg left it: renumbered, new deadlines), and every post with what
 * the agency has at its disposal after the tillegg. `supplements` are those dated in the period.
 */
export function periodItems(letter: LetterContent, supplements: readonly Supplement[], p: Period): { goals: LetterGoal[]; assignments: PeriodAssignment[]; posts: PeriodPost[] } {
  const ledger = ledgerAfter(letter, supplements);
  const assignments = [...ledger.assignments.values()]
    .filter((a) => dueIn(a.frist, p) || a.tilleggNr !== undefined)
    .sort((a, b) => compareIds(a.id, b.id))
    .map((a) => ({ id: a.id, tittel: a.entry.assignment.tittel, frist: a.frist.map(deadlineText).join(', ') }));
  const posts = [...ledger.posts.values()].map((x) => ({ ...x })).sort((a, b) => a.kap - b.kap || a.post - b.post);
  return { goals: reportItems(letter).goals, assignments, posts };
}
