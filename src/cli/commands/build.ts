import { relative } from 'node:path';
import { outputBase, renderAndWrite, type Format } from '../../build/buildDocument.js';
import type { SignOptions } from '../../sign/signPdf.js';
import { checkDocument, composeChecked, findDocuments, noDocumentsDiagnostic } from '../../documents.js';
import { displayPath } from '../../load/paths.js';
import { countText, printDiagnostics } from '../report.js';

/** `styringsdok build DIR… --out DIR --format …`: checks, then writes each document that has no errors. */
export async function build(dirs: string[], outDir: string, formats: Format[], signing?: SignOptions): Promise<number> {
  let failed = false;
  for (const root of dirs) {
    const documents = findDocuments(root);
    if (documents.length === 0) {
      printDiagnostics([noDocumentsDiagnostic(root)]);
      failed = true;
      continue;
    }
    for (const dir of documents) {
      const started = performance.now();
      const { composed, diagnostics } = composeChecked(checkDocument(dir));
      const errors = printDiagnostics(diagnostics);
      if (!composed) {
        process.stdout.write(`✗ ${displayPath(dir)}: ${countText(errors, diagnostics.length - errors)} – ingenting skrevet\n`);
        failed = true;
        continue;
      }
      const written = await renderAndWrite(composed, outputBase(root, dir, outDir), formats, signing);
      const seconds = ((performance.now() - started) / 1000).toFixed(2).replace('.', ',');
      process.stdout.write(`✓ ${displayPath(dir)} → ${written.map((p) => relative(process.cwd(), p)).join(', ')} (${seconds} s)\n`);
    }
  }
  return failed ? 1 : 0;
}
