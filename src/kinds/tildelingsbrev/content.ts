import type { ContentFile } from '../../load/loadFolder.js';
import type { Assignment, Budget, Deadline, Goal, Letter } from './schema.js';

/** A validated tildelingsbrev: typed data, with the file each part came from for later messages. */
export interface LetterContent {
  dir: string;
  letter: Letter;
  letterFile: ContentFile;
  goals: Array<{ goal: Goal; text: string; file: ContentFile }>;
  assignments: Array<{ assignment: Assignment & { frist: Deadline[] }; text: string; file: ContentFile }>;
  /** Prose chapters by key (file name without .md under kapitler/). */
  chapters: Map<string, { title: string; text: string; file: ContentFile }>;
  budget?: { budget: Budget; file: ContentFile };
  /** Appendix texts by their path in the folder. */
  appendices: Map<string, { text: string; file: ContentFile }>;
  /** Template overrides in the folder: template name → absolute path. */
  templates: Map<string, string>;
}
