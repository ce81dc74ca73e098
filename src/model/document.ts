/**
 * The one document model every renderer reads. Composed Markdown is parsed into it
 * (src/compose/markdownToModel.ts); the DOCX and PDF renderers only ever see this.
 */

/** A piece of inline text with uniform formatting. A run whose text is "\n" is a hard line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** External link target (http, https or mailto only) or internal anchor "#id". */
  href?: string;
}

export type Align = 'left' | 'center' | 'right';

export interface Heading {
  type: 'heading';
  /** 1–4. Level 1 is a chapter. */
  level: number;
  /** Computed chapter number such as "3" or "9.1"; absent for unnumbered headings. */
  number?: string;
  /** Stable anchor id (slug), unique in the document; used for TOC links and bookmarks. */
  id: string;
  content: Run[];
  /** Whether the heading appears in the table of contents and the bookmarks. */
  inToc: boolean;
}

export interface Paragraph {
  type: 'paragraph';
  content: Run[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** First number of an ordered list. */
  start: number;
  /** Each item is a sequence of blocks (usually one paragraph, possibly a nested list). */
  items: Block[][];
}

/** A table cell holds inline content only. */
export type Cell = Run[];

export interface Table {
  type: 'table';
  /** One entry per column. */
  align: Align[];
  /** Relative column widths (any positive numbers; renderers normalise them to the text width). */
  widths: number[];
  /** Header rows; repeated at the top of each page the table continues on. May be empty. */
  head: Cell[][];
  body: Cell[][];
  /** Optional style hint from the enclosing container, e.g. "referanser" for the letterhead's reference block. */
  variant?: string;
}

export interface PageBreak {
  type: 'pageBreak';
}

/** Placeholder for the table of contents: renderers fill it with the headings whose inToc is true. */
export interface TocBlock {
  type: 'toc';
  title: string;
}

/**
 * A named container (from a `::: name` fenced block in the composed Markdown).
 * Renderers give known names a special layout; unknown names render their children as ordinary blocks.
 *
 * Known names:
 * - "brevhode": the letterhead; children: the sender paragraph(s), a "mottaker" div and a "referanser" div.
 * - "mottaker": the recipient's address block (paragraphs, lines separated by hard breaks).
 * - "referanser": holds one table (head: labels such as "Deres ref", "Vår ref", "Dato"; one body row of values)
 *    laid out without borders.
 * - "signaturer": the closing; children: paragraphs ("Med hilsen") and "signatar" divs laid out side by side.
 * - "signatar": one signatory: paragraphs (name, title).
 * - "merknad": a small-print note such as "Dokumentet er elektronisk signert …".
 * - "hold-sammen": keep the children on one page when possible.
 */
export interface Div {
  type: 'div';
  name: string;
  children: Block[];
}

export type Block = Heading | Paragraph | ListBlock | Table | PageBreak | TocBlock | Div;

export interface DocumentMeta {
  title: string;
  /** The issuing organisation or person. */
  author: string;
  subject?: string;
  /** BCP 47 tag: "nb-NO" or "nn-NO". */
  language: 'nb-NO' | 'nn-NO';
  /** ISO date (YYYY-MM-DD) the document is dated; used for metadata so builds are reproducible. */
  date: string;
  keywords?: string[];
}

/** Text for the running page furniture. "{side}" and "{sider}" are replaced by page number and page count. */
export interface PageFurniture {
  /** Footer text on every page, e.g. "Side {side} av {sider}". */
  pageNumberFormat: string;
  /** Optional running header text on pages after the first. */
  header?: string;
  /**
   * Footer of the first page only (the sender's addresses in a letter): columns of label/value lines.
   * Each column is a list of lines; the first line of a column is its label.
   */
  firstPageFooter?: string[][];
}

export interface DocumentModel {
  meta: DocumentMeta;
  furniture: PageFurniture;
  blocks: Block[];
}
