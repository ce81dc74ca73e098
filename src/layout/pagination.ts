import type { DocumentModel } from '../model/document.js';
import { layoutDocument, type LaidOutDocument } from './layoutDocument.js';

/**
 * The pagination both renderers share: the PDF renderer's layout engine decides which page every heading lands on;
 * the PDF paints that layout and the DOCX writes the same page numbers into its TOC (its page geometry, type sizes and
 * spacing follow the PDF theme so Word and LibreOffice break pages at the same places). Laying out needs only the
 * fonts' metrics, not pdfkit. A model is laid out once however many formats are built from it.
 */
const layouts = new WeakMap<DocumentModel, LaidOutDocument>();

export function laidOut(model: DocumentModel): LaidOutDocument {
  let layout = layouts.get(model);
  if (!layout) {
    layout = layoutDocument(model);
    layouts.set(model, layout);
  }
  return layout;
}

/** 1-based page of every heading (by its id), from the destinations layout put at the headings. */
export function destinationPages(pages: LaidOutDocument['pages']): Map<string, number> {
  const pageOf = new Map<string, number>();
  pages.forEach((ops, index) => {
    for (const op of ops) if (op.kind === 'dest' && !pageOf.has(op.name)) pageOf.set(op.name, index + 1);
  });
  return pageOf;
}

const headingPageCache = new WeakMap<LaidOutDocument, Map<string, number>>();

export function headingPages(model: DocumentModel): Map<string, number> {
  const layout = laidOut(model);
  let pages = headingPageCache.get(layout);
  if (!pages) {
    pages = destinationPages(layout.pages);
    headingPageCache.set(layout, pages);
  }
  return pages;
}

export function pageCount(model: DocumentModel): number {
  return laidOut(model).pages.length;
}
