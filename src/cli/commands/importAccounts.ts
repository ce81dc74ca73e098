import { writeAtomic } from '../../build/writeAtomic.js';
import { asFileSystemError } from '../../load/fileSystemError.js';
import { displayPath } from '../../load/paths.js';
import { importAccounts, overwriteProblem } from '../../importAccounts/importAccounts.js';
import { printDiagnostics } from '../report.js';

/** `styringsdok import-regnskap FIL.xlsx|FIL.csv --out MAPPE/regnskap.yaml`. File-system errors are Norwegian user errors. */
export async function importAccountsCommand(spreadsheet: string, out: string): Promise<number> {
  try {
    return await importInto(spreadsheet, out);
  } catch (e) {
    const fsError = asFileSystemError(e);
    if (!fsError) throw e;
    printDiagnostics([fsError.toDiagnostic()]);
    process.stderr.write('✗ ingenting er skrevet\n');
    return 1;
  }
}

async function importInto(spreadsheet: string, out: string): Promise<number> {
  const refused = overwriteProblem(out);
  if (refused) {
    printDiagnostics([refused]);
    return 1;
  }
  const { text, diagnostics } = await importAccounts(spreadsheet, out);
  printDiagnostics(diagnostics);
  if (text === undefined) {
    process.stderr.write(`✗ ${displayPath(spreadsheet)} kunne ikke importeres – ingenting skrevet\n`);
    return 1;
  }
  writeAtomic(out, text);
  process.stdout.write(`✓ ${displayPath(spreadsheet)} → ${displayPath(out)}\n`);
  return 0;
}
