import type { Block } from '../model/document.js';
import { footnotesIn } from '../model/footnotes.js';

/** Numbers the footnote references of a composed document 1, 2, 3 … in reading order (one count per document). */
export function numberFootnotes(blocks: Block[]): Block[] {
  footnotesIn(blocks).forEach((note, k) => {
    note.number = k + 1;
  });
  return blocks;
}
