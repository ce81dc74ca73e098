import { formatSummary, newYear } from '../../newYear/newYear.js';
import { printDiagnostics } from '../report.js';

/** `styringsdok new-year DIR --out DIR2 [--year N] [--force]`: drafts next year's letter and prints a summary. */
export function newYearCommand(from: string, to: string, year: number | undefined, force: boolean): number {
  const result = newYear({ from, to, year, force });
  if (!result.ok) {
    printDiagnostics(result.diagnostics);
    process.stderr.write('✗ ingenting er skrevet\n');
    return 1;
  }
  process.stdout.write(formatSummary(result.summary));
  return 0;
}
