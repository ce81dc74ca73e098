import { isFootnote, type Block, type Heading, type Inline, type Run } from '../model/document.js';

/** The link text that asks for the target heading's number: `[#](#budsjettrammen)` prints "9.1". */
const NUMBER_PLACEHOLDER = '#';

/**
 * Cross-references by id, not by number: a link `[#](#id)` to a heading gets the heading's current number as
 * its text (its title when the heading is unnumbered), so moving or renumbering chapters never leaves a stale
 * "kap. 3.1" behind. Other links are left as written.
 */
export function resolveChapterReferences(blocks: Block[]): Block[] {
  const headings = new Map<string, Heading>();
  const collect = (list: Block[]) => list.forEach((b) => {
    if (b.type === 'heading') headings.set(b.id, b);
    else if (b.type === 'note' || b.type === 'keepTogether' || b.type === 'quote') collect(b.children);
    else if (b.type === 'list') b.items.forEach(collect);
  });
  collect(blocks);
  const runs = <T extends Inline>(content: T[]): T[] => content.map((r) => {
    if (isFootnote(r) || r.text !== NUMBER_PLACEHOLDER || !r.href?.startsWith('#')) return r;
    const target = headings.get(r.href.slice(1));
    if (!target) return r;
    return { ...r, text: target.number?.replace(/\.$/, '') ?? target.content.map((x: Run) => x.text).join('') };
  });
  const visit = (list: Block[]): Block[] => list.map((b): Block => {
    switch (b.type) {
      case 'heading': return { ...b, content: runs(b.content) };
      case 'paragraph': return { ...b, content: runs(b.content) };
      case 'list': return { ...b, items: b.items.map(visit) };
      case 'table': return { ...b, head: b.head.map((row) => row.map(runs)), body: b.body.map((row) => row.map(runs)), foot: b.foot.map((row) => row.map(runs)) };
      case 'note': case 'keepTogether': case 'quote': return { ...b, children: visit(b.children) };
      default: return b;
    }
  });
  return visit(blocks);
}
