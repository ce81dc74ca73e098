import type { Block } from '../model/document.js';
import type { RawBlock } from './rawBlocks.js';
import { slugger } from './slug.js';

/**
 * Gives headings their chapter numbers and anchor ids. Numbered headings count per level ("3", "3.1");
 * an appendix heading (`{.appendix}`) is unnumbered and starts a new count one level down, so an
 * appendix's own chapters are numbered 1, 2, 3 again. A fixed number (`{nr=…}`) is printed as written and
 * still counts as one heading at its level.
 */
export function numberHeadings(blocks: RawBlock[]): Block[] {
  const counters = [0, 0, 0, 0, 0, 0, 0];
  // Whether the latest heading at each level was numbered: a heading under an unnumbered one is not numbered.
  const numberedAt = [true, false, false, false, false, false, false];
  let base = 0;
  const slug = slugger();
  const visit = (list: RawBlock[]): Block[] =>
    list.map((b): Block => {
      if (b.type === 'note' || b.type === 'keepTogether' || b.type === 'quote') return { type: b.type, children: visit(b.children) };
      if (b.type === 'list') return { type: 'list', ordered: b.ordered, start: b.start, items: b.items.map(visit) };
      if (b.type !== 'heading') return b;
      const text = b.content.map((r) => r.text).join('');
      let number: string | undefined;
      if (b.appendix) {
        base = b.level;
        counters.fill(0);
        numberedAt.fill(false);
        numberedAt[base] = true;
      } else if (b.numbered && b.level > base && b.level <= 3 + base && (b.level === base + 1 || numberedAt[b.level - 1])) {
        counters[b.level]++;
        counters.fill(0, b.level + 1);
        number = b.fixedNumber ?? counters.slice(base + 1, b.level + 1).map((n) => n || 1).join('.');
        if (b.trailingDot && !number.endsWith('.')) number += '.';
      }
      if (!b.appendix) {
        numberedAt[b.level] = number !== undefined;
        numberedAt.fill(false, b.level + 1);
      }
      return { type: 'heading', level: b.level, number, id: b.id ?? slug(number ? `${number} ${text}` : text), content: b.content, inToc: b.inToc && b.level <= 3 };
    });
  return visit(blocks);
}
