import { relative } from 'node:path';
import { outputBase, renderAndWrite, type Format } from '../../build/buildDocument.js';
import type { SignOptions } from '../../sign/signPdf.js';
import { checkDocument, composeChecked, findDocuments, noDocumentsDiagnostic } from '../../documents.js';
import { displayPath } from '../../load/paths.js';
import { countText, printDiagnostics, printJson, type DocumentResult } from '../report.js';

/** `styringsdok build DIR… --out DIR --format … [--json]`: checks, then writes each document that has no errors. */
export async function build(dirs: string[], outDir: string, formats: Format[], signing?: SignOptions, json = false): Promise<number> {
  const results: DocumentResult[] = [];
  for (const root of dirs) {
    const documents = findDocuments(root);
    if (documents.length === 0) {
      const diagnostics = [noDocumentsDiagnostic(root)];
      results.push({ mappe: displayPath(root), ok: false, diagnostikk: diagnostics, skrevet: [] });
      if (!json) printDiagnostics(diagnostics);
      continue;
    }
    for (const dir of documents) {
      const started = performance.now();
      const { composed, diagnostics } = composeChecked(checkDocument(dir));
      const errors = diagnostics.filter((d) => d.severity === 'feil').length;
      if (!json) printDiagnostics(diagnostics);
      if (!composed) {
        results.push({ mappe: displayPath(dir), ok: false, diagnostikk: diagnostics, skrevet: [] });
        if (!json) process.stdout.write(`✗ ${displayPath(dir)}: ${countText(errors, diagnostics.length - errors)} – ingenting skrevet\n`);
        continue;
      }
      const written = await renderAndWrite(composed, outputBase(root, dir, outDir), formats, signing);
      results.push({ mappe: displayPath(dir), ok: true, diagnostikk: diagnostics, skrevet: written.map((p) => displayPath(p)) });
      const seconds = ((performance.now() - started) / 1000).toFixed(2).replace('.', ',');
      if (!json) process.stdout.write(`✓ ${displayPath(dir)} → ${written.map((p) => relative(process.cwd(), p)).join(', ')} (${seconds} s)\n`);
    }
  }
  if (json) printJson(results);
  return results.every((r) => r.ok) ? 0 : 1;
}
