import type { DocumentModel } from './document.js';

/** A composed document: its model, and further versions of it built from the same source. */
export interface Composed {
  model: DocumentModel;
  /** Further outputs from the same source, written as <name>-<suffix>.<format> (the årsrapport's publication version). */
  variants?: Array<{ suffix: string; model: DocumentModel }>;
}
