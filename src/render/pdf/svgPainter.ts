import { createRequire } from 'node:module';
import type { SvgOp } from '../../layout/ops.js';

type Doc = PDFKit.PDFDocument;
type SvgToPdf = (doc: Doc, svg: string, x: number, y: number, options: Record<string, unknown>) => void;

let svgToPdf: SvgToPdf | undefined;

/**
 * Loads svg-to-pdfkit; renderPdf calls this only when a page has a drawing, so letters never load it. require, not
 * import(): the bundle runs from V8's code cache, where a dynamic import has no loader.
 */
export function loadSvgPainter(): void {
  svgToPdf ??= createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;
}

/**
 * Draws the SVG as vector paths and text in the document's own embedded fonts (PDF/A allows no other), bold where the
 * drawing asks for it.
 */
export function paintSvg(doc: Doc, op: SvgOp): void {
  if (!svgToPdf) throw new Error('svg-to-pdfkit er ikke lastet');
  svgToPdf(doc, op.svg, op.x, op.y, {
    width: op.w, height: op.h, assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
    warningCallback: () => {},
  });
}
