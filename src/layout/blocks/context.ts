import type { Flow } from '../flow.js';
import type { TextStyle } from '../theme.js';

export interface TocEntry {
  id: string;
  level: number;
  /** Number and title, as bookmarks show them. */
  text: string;
  /** The heading's number ("3.1"), set apart so that a wrapped entry hangs past it. */
  number?: string;
  title: string;
}

/** Everything a block's layout function needs besides the block itself. */
export interface LayoutContext {
  flow: Flow;
  /** Horizontal extent of the current column. */
  x: number;
  width: number;
  text: TextStyle;
  /** Space after paragraphs (smaller inside list items). */
  paragraphSpacing: number;
  listDepth: number;
  /** The document's language (BCP 47), for case mapping. */
  language: string;
  /** Headings listed by the table of contents, in document order. */
  toc: TocEntry[];
}

export const withFlow = (ctx: LayoutContext, flow: Flow): LayoutContext => ({ ...ctx, flow });
