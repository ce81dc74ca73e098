import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import type { DocumentModel } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { sampleModel } from '../../fixtures/sampleModel.js';

/**
 * Not an assertion suite: writes a PDF for looking at.
 *   WRITE_PDF=/tmp/sample.pdf npx vitest run test/render/pdf/writeSample            (the sample model)
 *   WRITE_PDF=/tmp/brev.pdf WRITE_PDF_SOURCE=content/x/tildelingsbrev npx vitest run test/render/pdf/writeSample
 */
describe.runIf(process.env.WRITE_PDF)('PDF for visual inspection', () => {
  it('writes the PDF', async () => {
    let model: DocumentModel = sampleModel(Number(process.env.WRITE_PDF_ROWS ?? 40));
    const source = process.env.WRITE_PDF_SOURCE;
    if (source) {
      const { composed, diagnostics } = composeChecked(await checkDocument(source));
      if (!composed) throw new Error(JSON.stringify(diagnostics, null, 2));
      model = composed.model;
    }
    const start = performance.now();
    const pdf = await renderPdf(model);
    console.log(`renderPdf: ${(performance.now() - start).toFixed(0)} ms`);
    writeFileSync(process.env.WRITE_PDF!, pdf);
    expect(pdf.length).toBeGreaterThan(0);
  });
});
