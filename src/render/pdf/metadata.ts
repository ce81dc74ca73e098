import { createHash } from 'node:crypto';
import type { DocumentModel } from '../../model/document.js';

/** Document info; dates come from the document's own date so that builds are reproducible. */
export function documentOptions(model: DocumentModel): PDFKit.PDFDocumentOptions {
  const date = new Date(`${model.meta.date}T12:00:00Z`);
  const stamp = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return {
    autoFirstPage: false,
    size: 'A4',
    margin: 0,
    lang: model.meta.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: model.meta.title,
      Author: model.meta.author,
      ...(model.meta.subject ? { Subject: model.meta.subject } : {}),
      ...(model.meta.keywords?.length ? { Keywords: model.meta.keywords.join(', ') } : {}),
      Creator: 'Styringsdok',
      Producer: 'Styringsdok (PDFKit)',
      CreationDate: stamp,
      ModDate: stamp,
    },
  };
}

/**
 * pdfkit derives the file /ID from the info dictionary only, so two different documents with the same metadata would
 * share an ID. Derive it from the whole model instead (still deterministic).
 */
export function setFileId(doc: PDFKit.PDFDocument, model: DocumentModel): void {
  const id = createHash('sha256').update(JSON.stringify(model)).digest().subarray(0, 16);
  (doc as unknown as { _id: Buffer })._id = id;
}
