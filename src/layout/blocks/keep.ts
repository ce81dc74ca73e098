import { isFootnote, type Block, type Paragraph, type Run } from '../../model/document.js';

/** What the end of a block must share a page with (keep-with-next), and how many of its last lines go together. */
export interface Keep {
  /** Height of what follows that must be on the same page as the block's last lines (0: nothing). */
  following: number;
  /** Lines at the end of a paragraph that go to a page together: 2 (no widows), more at the end of a part. */
  lastLines: number;
}

export const NO_KEEP: Keep = { following: 0, lastLines: 2 };

/** A page at the end of a part holds at least this many lines of its last paragraph, or the whole paragraph. */
export const PART_END_LINES = 6;

/** A table title: a paragraph set wholly in bold right before a table. */
export function isTableTitle(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  return block?.type === 'paragraph' && blocks[index + 1]?.type === 'table' && isBold(block);
}

/** Footnote references do not count: a bold title with a note is still a title. */
function isBold(paragraph: Paragraph): boolean {
  const runs = paragraph.content.filter((inline): inline is Run => !isFootnote(inline));
  return runs.some((run) => run.text.trim() !== '') && runs.every((run) => run.bold || run.text.trim() === '');
}

/** The last block before a page break ends a part: its last page should not be a few stranded lines. */
export const endsPart = (blocks: readonly Block[], index: number): boolean => blocks[index + 1]?.type === 'pageBreak';
