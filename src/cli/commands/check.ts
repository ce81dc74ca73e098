import { findDocuments, noDocumentsDiagnostic } from '../../kinds/findDocuments.js';
import { checkDocument, composeChecked } from '../../documents.js';
import { displayPath } from '../../load/paths.js';
import { countText, printDiagnostics, printJson, type DocumentResult } from '../report.js';

/** `styringsdok check DIR… [--json]`: validates every document (including its templates); exit 1 on any error. */
export async function check(dirs: string[], json = false): Promise<number> {
  const results: DocumentResult[] = [];
  for (const root of dirs) {
    const documents = findDocuments(root);
    if (documents.length === 0) {
      const diagnostics = [noDocumentsDiagnostic(root)];
      results.push({ mappe: displayPath(root), ok: false, diagnostikk: diagnostics });
      if (!json) printDiagnostics(diagnostics);
      continue;
    }
    for (const dir of documents) {
      const { diagnostics } = composeChecked(await checkDocument(dir));
      const errors = diagnostics.filter((d) => d.severity === 'feil').length;
      results.push({ mappe: displayPath(dir), ok: errors === 0, diagnostikk: diagnostics });
      if (json) continue;
      printDiagnostics(diagnostics);
      process.stdout.write(`${errors ? '✗' : '✓'} ${displayPath(dir)}: ${countText(errors, diagnostics.length - errors)}\n`);
    }
  }
  if (json) printJson(results);
  return results.every((r) => r.ok) ? 0 : 1;
}
