import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { sampleModel } from '../../fixtures/sampleModel.js';

// Writes the sample model's DOCX for looking at it (LibreOffice, python-docx): WRITE_DOCX=/tmp/sample.docx npx vitest run test/render/docx
describe.runIf(process.env.WRITE_DOCX)('writing the sample DOCX', () => {
  it('writes the file', async () => {
    const docx = await renderDocx(sampleModel(Number(process.env.WRITE_DOCX_ROWS ?? 40)));
    writeFileSync(process.env.WRITE_DOCX!, docx);
    expect(docx.length).toBeGreaterThan(0);
  });
});
