import type { FileChild, IParagraphOptions, Paragraph, Table } from 'docx';
import type { Block } from '../../model/document.js';
import type { AnchorNames } from './anchors.js';
import type { ListNumbering } from './numbering.js';

export type BodyChild = Paragraph | Table | FileChild;

/** Settings a container passes down to the blocks inside it. */
export interface BlockOptions {
  /** Paragraph style for ordinary paragraphs (e.g. "Merknad" inside a merknad div). */
  style?: string;
  /** Keep each paragraph with the next one (used by hold-sammen for all but its last block). */
  keepNext?: boolean;
  keepLines?: boolean;
}

/**
 * What the block renderers share. Container renderers (letterhead, signatures, lists) call back into `blocks`
 * for their children, which keeps the modules free of import cycles.
 */
export interface Renderer {
  /** All blocks of the document (the TOC lists headings from all of it). */
  readonly document: readonly Block[];
  readonly anchors: AnchorNames;
  readonly numbering: ListNumbering;
  /** Space after (points) of the last body paragraph. */
  readonly lastAfter: number;
  blocks(blocks: readonly Block[], options?: BlockOptions): BodyChild[];
  /** A body paragraph; the first one after a page break block starts on a new page. */
  paragraph(options: IParagraphOptions): Paragraph;
  /** A page-break paragraph if a page break is pending (for tables, which cannot carry pageBreakBefore). */
  pendingBreak(): Paragraph[];
}
