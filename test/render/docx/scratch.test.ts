import { it } from 'vitest';
import { Document, Packer } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { BodyRenderer } from '../../../src/render/docx/blocks.js';
import { documentStyles, tableStylesXml } from '../../../src/render/docx/styles.js';
import { sampleModel } from '../../fixtures/sampleModel.js';
it('scratch', async () => {
  for (const n of [100, 200, 400, 800]) {
    const m = sampleModel(n);
    const body = new BodyRenderer(m.blocks);
    const children = body.body(m.blocks);
    const doc = new Document({ externalStyles: tableStylesXml(), styles: documentStyles('nb-NO'), numbering: body.numbering.config(), pageNumbers: estimatePageNumbers, sections: [{ children }] });
    const t1 = performance.now();
    await Packer.toBuffer(doc);
    console.log(n, 'pack', Math.round(performance.now() - t1));
  }
});
