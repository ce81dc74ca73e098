import type { DocumentMeta } from '../../model/document.js';

/** Core document properties (docProps/core.xml) as docx options. */
export function coreProperties(meta: DocumentMeta) {
  return {
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    subject: meta.subject ?? meta.title,
    keywords: (meta.keywords ?? []).join(', '),
    description: meta.subject ? `${meta.subject}: ${meta.title}` : meta.title,
    revision: 1,
  };
}

/**
 * The timestamp written for the document: the model's date at noon UTC (noon keeps the calendar date the same in
 * every time zone a reader may display it in). Falls back to a fixed date if the model's date is not ISO.
 */
export function documentTimestamp(meta: DocumentMeta): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? new Date(`${meta.date}T12:00:00Z`) : new Date(Number.NaN);
  return Number.isNaN(date.getTime()) ? new Date('2000-01-01T12:00:00Z') : date;
}
