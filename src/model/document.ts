/**
 * The one document model every writer reads (pandoc's AST, in spirit). Compose builds it: prose from
 * Markdown (src/compose/markdownToModel.ts), generated structure as typed nodes directly. The DOCX, PDF
 * and Markdown writers only ever see this.
 */

/** A piece of inline text with uniform formatting. A run whose text is "\n" is a hard line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** External link target (http, https or mailto only) or internal anchor "#id". */
  href?: string;
}

/**
 * A footnote reference in a paragraph, carrying the note: its number (per document, from 1, set by compose) and its
 * text. It is not a Run: a paragraph holds `Inline`s, so code that reads a paragraph's text as runs does not compile
 * until it decides what to do with a note.
 */
export interface FootnoteReference {
  type: 'footnote';
  number: number;
  content: Run[];
}

/** What a paragraph holds: runs and footnote references. */
export type Inline = Run | FootnoteReference;

export function isFootnote(inline: Inline): inline is FootnoteReference {
  return 'type' in inline;
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
  content: Inline[];
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

/**
 * What a column holds. Amounts, dates and ids are single tokens that writers never break inside and
 * align to the right (amounts) or left; text wraps freely.
 */
export type ColumnKind = 'text' | 'amount' | 'date' | 'id';

export interface TableColumn {
  kind: ColumnKind;
  align: Align;
  /** Relative width (any positive number; writers normalise the widths to the text width). */
  width: number;
}

export interface Table {
  type: 'table';
  columns: TableColumn[];
  /** Header rows; repeated at the top of each page the table continues on. May be empty. */
  head: Cell[][];
  body: Cell[][];
  /** Total rows, after the body. */
  foot: Cell[][];
}

export interface PageBreak {
  type: 'pageBreak';
}

/** Placeholder for the table of contents: writers fill it with the headings whose inToc is true. */
export interface TocBlock {
  type: 'toc';
  title: string;
}

/** A letter's first-page head: the sender's name, the recipient's address and the reference fields. */
export interface Letterhead {
  type: 'letterhead';
  sender: string;
  /** Address lines, the recipient's name first. */
  recipient: string[];
  /** The reference fields in order ("Deres ref", "Vår ref", "Dato"); a value may be empty. */
  references: Array<{ label: string; value: string }>;
}

/** The closing: lines such as "Med hilsen" or "Oslo, 15. mars 2021", then the signatories side by side. */
export interface Signatures {
  type: 'signatures';
  greeting: string[];
  /** Each signatory's lines: name (with "e.f." where it applies), then title. */
  signatories: string[][];
}

/** Small print, such as "Dokumentet er elektronisk godkjent …"; kept on one page. */
export interface Note {
  type: 'note';
  children: Block[];
}

/** Blocks kept on one page when they fit on one. */
export interface KeepTogether {
  type: 'keepTogether';
  children: Block[];
}

/** A quotation (a Markdown block quote). */
export interface Quote {
  type: 'quote';
  children: Block[];
}

/** A chart over years, declared in the content; drawn once as SVG (src/layout/charts/) before the writers run. */
export interface ChartSpec {
  kind: 'bar' | 'groupedBar' | 'line';
  /** The x axis: one category per year. */
  years: number[];
  /** One series per bar group or line; a missing value is null. */
  series: Array<{ name: string; values: Array<number | null> }>;
  /** The y axis title: "personer", "mill. kroner" … */
  unit: string;
}

/** The drawn chart: SVG (role="img" with the alt text as its title), a PNG of it for Word, and its size in points. */
export interface DrawnChart {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** A figure: a chart with its caption and the alt text that replaces it for those who cannot see it. */
export interface Figure {
  type: 'figure';
  chart: ChartSpec;
  /** Filled by drawCharts before any writer runs; writers refuse a figure without it. */
  drawn?: DrawnChart;
  caption: string;
  alt: string;
}

export type Block = Heading | Paragraph | ListBlock | Table | PageBreak | TocBlock | Letterhead | Signatures | Note | KeepTogether | Quote | Figure;

/** The drawing of a figure; only missing if the build skipped drawCharts, which is a program error. */
export function drawnChart(figure: Figure): DrawnChart {
  if (!figure.drawn) throw new Error(`diagrammet «${figure.caption}» er ikke tegnet`);
  return figure.drawn;
}

/** Blocks that hold other blocks. */
export type Container = Note | KeepTogether | Quote;

/** For the `default` of an exhaustive switch over node types: a missing case is a compile error. */
export function unreachable(node: never): never {
  throw new Error(`ukjent nodetype: ${JSON.stringify(node)}`);
}

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
  /** A mark on every page, outside the text flow: UTKAST on a draft (`build --utkast`). */
  watermark?: string;
}

export interface DocumentModel {
  meta: DocumentMeta;
  furniture: PageFurniture;
  blocks: Block[];
}
