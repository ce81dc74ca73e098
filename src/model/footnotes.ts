import { isFootnote, type Block, type FootnoteReference } from './document.js';

/** The footnote references of some blocks in reading order (footnotes stand only in paragraphs). */
export function footnotesIn(blocks: readonly Block[]): FootnoteReference[] {
  const found: FootnoteReference[] = [];
  const visit = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.type === 'paragraph') found.push(...block.content.filter(isFootnote));
      if (block.type === 'list') block.items.forEach(visit);
      if (block.type === 'note' || block.type === 'keepTogether' || block.type === 'quote') visit(block.children);
    }
  };
  visit(blocks);
  return found;
}
