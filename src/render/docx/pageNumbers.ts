import type { PageNumberEstimator } from 'docx';
import type { DocumentModel } from '../../model/document.js';
import { headingPages, pageCount } from '../../layout/pagination.js';
import type { AnchorNames } from './anchors.js';

/**
 * The TOC's page numbers and the page count, written into the fields (clean) so Word and LibreOffice show a filled
 * TOC without asking to update fields. They come from the shared pagination (src/layout), which the DOCX's page
 * geometry and styles follow; docx's own estimator laid the whole document out again at ten times the cost.
 */
export function sharedPageNumbers(model: DocumentModel, anchors: AnchorNames): PageNumberEstimator {
  return () => {
    const bookmarks = new Map<string, string>();
    const bookmarkPageNumbers = new Map<string, number>();
    for (const [id, page] of headingPages(model)) {
      const name = anchors.get(id);
      if (name === undefined) continue;
      bookmarks.set(name, String(page));
      bookmarkPageNumbers.set(name, page);
    }
    return { bookmarks, bookmarkPageNumbers, pageCount: pageCount(model) };
  };
}
