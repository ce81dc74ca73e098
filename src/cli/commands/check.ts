import { checkDocument, composeChecked, findDocuments, noDocumentsDiagnostic } from '../../documents.js';
import { displayPath } from '../../load/paths.js';
import { countText, printDiagnostics } from '../report.js';

/** `styringsdok check DIR…`: validates every document (including its templates); exit 1 on any error. */
export function check(dirs: string[]): number {
  let failed = false;
  for (const root of dirs) {
    const documents = findDocuments(root);
    if (documents.length === 0) {
      printDiagnostics([noDocumentsDiagnostic(root)]);
      failed = true;
      continue;
    }
    for (const dir of documents) {
      const { diagnostics } = composeChecked(checkDocument(dir));
      const errors = printDiagnostics(diagnostics);
      const warnings = diagnostics.length - errors;
      process.stdout.write(`${errors ? '✗' : '✓'} ${displayPath(dir)}: ${countText(errors, warnings)}\n`);
      failed ||= errors > 0;
    }
  }
  return failed ? 1 : 0;
}
