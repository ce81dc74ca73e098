import { it } from 'vitest';
import PDFDocument from 'pdfkit';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { registerFonts } from '../../../src/render/pdf/fonts.js';
import { destinationPages, paintOps } from '../../../src/render/pdf/paint.js';
import { documentOptions } from '../../../src/render/pdf/metadata.js';
import { sampleModel } from '../../fixtures/sampleModel.js';
it('timing', async () => {
  const m = sampleModel(400);
  await renderPdf(m); await renderPdf(m);
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const { pages } = layoutDocument(m);
    const lay = performance.now() - t; t = performance.now();
    const doc = new PDFDocument(documentOptions(m)); registerFonts(doc);
    for (const k of ['regular','bold','italic','boldItalic']) doc.font(k);
    const fonts = performance.now() - t; t = performance.now();
    const pageOf = destinationPages(pages);
    doc.on('data', () => {});
    const done = new Promise((r) => doc.on('end', r));
    for (const ops of pages) { doc.addPage(); paintOps(doc, ops, pageOf); }
    const paint = performance.now() - t; t = performance.now();
    doc.end(); await done;
    console.log('layout', lay.toFixed(0), 'fonts', fonts.toFixed(0), 'paint', paint.toFixed(0), 'end', (performance.now() - t).toFixed(0), 'ops', pages.flat().length);
  }
});
