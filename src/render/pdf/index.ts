import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../../model/document.js';
import { registerFonts } from './fonts.js';
import { furnitureOps } from '../../layout/furniture.js';
import { watermarkOps } from '../../layout/watermark.js';
import { documentOptions, setFileId, setXmpInfo } from './metadata.js';
import { addOutline } from './outline.js';
import { paintOps } from './paint.js';
import { headingPages, laidOut } from '../../layout/pagination.js';
import { Tagger } from './tagger.js';
import { loadSvgPainter } from './svgPainter.js';
import { drawCharts } from '../../layout/charts/drawCharts.js';

/**
 * Renders the document model to an A4 PDF. Two passes: layout positions everything and decides the pages (and so the
 * headings' page numbers), then painting draws the result with pdfkit, filling in TOC page numbers and furniture.
 */
export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  // Drawn already in a build (renderAndWrite); here for callers that render a composed model directly.
  await drawCharts([model]);
  const { pages, toc } = laidOut(model);
  const pageOf = headingPages(model);
  if (pages.some((ops) => ops.some((op) => op.kind === 'svg'))) loadSvgPainter();

  const doc = new PDFDocument(documentOptions(model));
  setFileId(doc, model);
  setXmpInfo(doc, model);
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const tagger = new Tagger(doc);
  pages.forEach((ops, index) => {
    doc.addPage();
    // Under the text, which is painted over it.
    paintOps(doc, watermarkOps(model.furniture), pageOf, tagger);
    paintOps(doc, ops, pageOf, tagger);
    paintOps(doc, furnitureOps(model.furniture, index, pages.length), pageOf, tagger);
    tagger.end();
  });
  addOutline(doc, toc, pageOf);
  doc.end();
  return finished;
}
