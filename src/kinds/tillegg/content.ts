import type { ContentFile } from '../../load/loadFolder.js';
import type { LetterContent } from '../tildelingsbrev/content.js';
import type { Assignment, Deadline } from '../tildelingsbrev/schema.js';
import type { Tillegg } from './schema.js';

export type AssignmentEntry = { assignment: Assignment & { frist: Deadline[] }; text: string; file: ContentFile };

/** A tillegg found beside the letter it supplements, read without its own cross-checks. */
export interface Supplement {
  dir: string;
  tillegg: Tillegg;
  file: ContentFile;
  assignments: AssignmentEntry[];
}

/** A validated tillegg, with the letter it supplements and the tillegg before it. */
export interface TilleggContent {
  dir: string;
  tillegg: Tillegg;
  file: ContentFile;
  /** The Markdown body of tillegg.md. */
  text: string;
  assignments: AssignmentEntry[];
  letter: LetterContent;
  /** Earlier tillegg to the same letter (lower numbers), in order. */
  earlier: Supplement[];
  templates: Map<string, string>;
}
