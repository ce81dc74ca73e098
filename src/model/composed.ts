import type { DocumentModel } from './document.js';

/** A composed document: its model, and further versions of it built from the same source. */
export interface Composed {
  /** The Markdown the templates produced (`build --format md`). */
  markdown: string;
  model: DocumentModel;
  /** Further outputs from the same source, written as <name>-<suffix>.<format> (the årsrapport's publication version). */
  variants?: Array<{ suffix: string; markdown: string; model: DocumentModel }>;
}
