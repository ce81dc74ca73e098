import type { Inline } from '../../model/document.js';
import { isFootnote } from '../../model/document.js';
import { hyphenationPoints } from '../../layout/text/hyphenate.js';

/** Words this long may not fit a narrow table column; shorter ones never need breaking. */
const LONG_WORD = /\p{L}{10,}/gu;

/**
 * Soft hyphens (U+00AD) at the Norwegian hyphenation points of a cell's long words, with the patterns the PDF
 * uses: browsers ship no Norwegian hyphenation, and without these a narrow column either overflows the page or
 * breaks words anywhere without a hyphen.
 */
export function withSoftHyphens<T extends Inline>(inlines: readonly T[]): T[] {
  return inlines.map((inline) => (isFootnote(inline) ? inline : { ...inline, text: inline.text.replace(LONG_WORD, hyphenate) }));
}

function hyphenate(word: string): string {
  let out = '';
  let from = 0;
  for (const point of hyphenationPoints(word)) {
    out += `${word.slice(from, point)}\u00ad`;
    from = point;
  }
  return out + word.slice(from);
}
