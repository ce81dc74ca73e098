import type { ContentFile } from '../../load/loadFolder.js';
import type { BudgetUse, HalfYear, StatusFile } from './schema.js';
import type { Period } from './period.js';

/** A validated halvårsrapport: typed data with the file each part came from. */
export interface HalfYearContent {
  dir: string;
  report: HalfYear;
  reportFile: ContentFile;
  period: Period;
  status: { data: StatusFile; file: ContentFile };
  budget: { data: BudgetUse; file: ContentFile };
  /** The numbers of the tillegg in the period, when the letter could be read. */
  supplements: number[];
  templates: Map<string, string>;
}
