import type { ContentFile } from '../../load/loadFolder.js';
import type { Accounts, KeyFigures, Report, ReportChapter, Results } from './schema.js';
import type { LetterContent } from '../tildelingsbrev/content.js';

export interface ReportPart {
  /** 0–5 for parts I–VI. */
  index: number;
  title: string;
  /** The part's introduction (del.md's body). */
  intro: string;
  file: ContentFile;
  chapters: Array<{ chapter: ReportChapter; text: string; file: ContentFile }>;
}

/** A validated årsrapport: typed data with the file each part came from. */
export interface ReportContent {
  dir: string;
  report: Report;
  reportFile: ContentFile;
  /** The six parts, in order. */
  parts: ReportPart[];
  results?: { data: Results; file: ContentFile };
  keyFigures?: { data: KeyFigures; file: ContentFile };
  accounts?: { data: Accounts; file: ContentFile };
  /** The letter the report answers, when it could be read without errors. */
  letter?: LetterContent;
  templates: Map<string, string>;
}
