import { toKroner } from '../../format/numbers.js';
import type { ContentFile } from '../../load/loadFolder.js';
import type { LetterContent } from '../tildelingsbrev/content.js';
import type { Deadline } from '../tildelingsbrev/schema.js';
import type { AssignmentEntry, Supplement } from './content.js';

/** An assignment as it stands after the tillegg: its current number and deadline, and where it was given. */
export interface LedgerAssignment {
  id: string;
  /** The number it was given with, when a tillegg renumbered it. */
  originalId: string;
  entry: AssignmentEntry;
  /** The document folder the assignment's file is in (the letter's or a tillegg's). */
  dir: string;
  frist: Deadline[];
  /** The file that gave the assignment its current number (the assignment file, or the tillegg that renumbered it). */
  numberedIn: ContentFile;
  /** The tillegg that gave it, when it was not given in the letter. */
  tilleggNr?: number;
}

export interface LedgerPost {
  kap: number;
  post: number;
  navn: string;
  /** What the agency has at its disposal, in whole kroner. */
  kroner: number;
}

/** The letter with tillegg applied in order: assignments (renumbered, new deadlines, new ones) and posts. */
export interface Ledger {
  assignments: Map<string, LedgerAssignment>;
  posts: Map<string, LedgerPost>;
}

export const postKey = (kap: number, post: number) => `${kap}|${post}`;

/** The letter as it stands before any tillegg. */
export function letterLedger(letter: LetterContent): Ledger {
  const assignments = new Map<string, LedgerAssignment>();
  for (const entry of letter.assignments) {
    const id = entry.assignment.id;
    if (!assignments.has(id)) assignments.set(id, { id, originalId: id, entry, dir: letter.dir, frist: entry.assignment.frist, numberedIn: entry.file });
  }
  const posts = new Map<string, LedgerPost>();
  for (const chapter of letter.budget?.budget.kapitler ?? []) {
    for (const p of chapter.poster) {
      const kroner = toKroner(p.disponert ?? p.bevilget, chapter.enhet);
      posts.set(postKey(chapter.kap, p.post), { kap: chapter.kap, post: p.post, navn: [p.navn, ...p.stikkord].join(', '), kroner });
    }
  }
  return { assignments, posts };
}

/**
 * Applies one tillegg to the ledger, leniently (unknown ids and posts are skipped: the tillegg's own
 * check reports them).
 */
export function applySupplement(ledger: Ledger, s: Supplement): void {
  for (const change of s.tillegg.oppdragsendringer) {
    const current = ledger.assignments.get(change.oppdrag);
    if (!current) continue;
    if (change.frist) current.frist = change.frist;
    if (change.nytt_nr && !ledger.assignments.has(change.nytt_nr)) {
      ledger.assignments.delete(change.oppdrag);
      current.id = change.nytt_nr;
      current.numberedIn = s.file;
      ledger.assignments.set(change.nytt_nr, current);
    }
  }
  for (const entry of s.assignments) {
    const id = entry.assignment.id;
    if (!ledger.assignments.has(id)) ledger.assignments.set(id, { id, originalId: id, entry, dir: s.dir, frist: entry.assignment.frist, numberedIn: entry.file, tilleggNr: s.tillegg.nr });
  }
  for (const change of s.tillegg.budsjettendringer) {
    const p = ledger.posts.get(postKey(change.kap, change.post));
    if (p) p.kroner += toKroner(change.endring, change.enhet);
  }
}

export function ledgerAfter(letter: LetterContent, supplements: readonly Supplement[]): Ledger {
  const ledger = letterLedger(letter);
  for (const s of supplements) applySupplement(ledger, s);
  return ledger;
}
