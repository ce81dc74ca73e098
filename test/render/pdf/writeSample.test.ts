import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { sampleModel } from '../../fixtures/sampleModel.js';

// Not an assertion suite: `WRITE_PDF=/tmp/sample.pdf npx vitest run test/render/pdf/writeSample` writes the sample for viewing.
describe.runIf(process.env.WRITE_PDF)('sample PDF for visual inspection', () => {
  it('writes the sample model', async () => {
    const pdf = await renderPdf(sampleModel(Number(process.env.WRITE_PDF_ROWS ?? 40)));
    writeFileSync(process.env.WRITE_PDF!, pdf);
    expect(pdf.length).toBeGreaterThan(0);
  });
});
