import type { Diagnostic } from '../core/diagnostics.js';
import { displayPath } from '../load/paths.js';
import { isFootnote, type Block, type Heading, type Inline, type Run } from '../model/document.js';

/**
 * "kap. 3.1", "kapittel 3.1", "punkt 3.1", "pkt. 3.1", optionally followed by the title it means (up to a
 * punctuation mark or "og"). A reference
 * followed by "i" points into another document ("punkt 2.4.17 i Prop. 1 S") and is not ours to check.
 */
const REFERENCE = /\b(?:kap\.|kapittel|punkt|pkt\.)\s+(\d{1,2}(?:\.\d{1,2})+)(?!\.?\d)(?!\.?\s+i\s)(?:\s+([A-ZÆØÅ](?:(?!\s+og\s)[^.,;:()\n\d])*))?/g;

const plainText = (inlines: Inline[]) => inlines.filter((r): r is Run => !isFootnote(r) && !r.href).map((r) => r.text).join('');

/**
 * Chapter numbers written as text in the composed document: a number no heading has, or a title after the number
 * that is not the numbered heading's, is a warning. Numbers written as text
 * go stale when chapters move; a link `[#](#id)` prints the current number.
 */
export function checkChapterNumbers(blocks: Block[], dir: string): Diagnostic[] {
  const numbered = new Map<string, string>();
  const texts: string[] = [];
  const visit = (list: Block[]) => list.forEach((b) => {
    if (b.type === 'heading') {
      if (b.number) numbered.set(b.number.replace(/\.$/, ''), titleOf(b));
    } else if (b.type === 'paragraph') texts.push(plainText(b.content));
    else if (b.type === 'list') b.items.forEach(visit);
    else if (b.type === 'table') for (const row of [...b.head, ...b.body, ...b.foot]) for (const cell of row) texts.push(plainText(cell));
    else if (b.type === 'note' || b.type === 'keepTogether' || b.type === 'quote') visit(b.children);
  });
  visit(blocks);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(REFERENCE)) {
      const [whole, number, title] = m;
      if (seen.has(whole)) continue;
      seen.add(whole);
      const heading = numbered.get(number);
      const problem = !heading
        ? `ingen overskrift har nummeret ${number}`
        : title && !heading.toLowerCase().startsWith(title.trim().toLowerCase()) ? `overskrift ${number} er «${heading}», ikke «${title.trim()}»` : undefined;
      if (problem) {
        out.push({
          severity: 'advarsel', file: displayPath(dir), line: 0, col: 0,
          message: `teksten viser til «${whole.trim()}», men ${problem}`,
          hint: 'Gi overskriften en id og lenk til den med [#](#id): lenken skriver kapitlets nummer slik det er når dokumentet bygges. Eller skriv tittelen etter nummeret.',
        });
      }
    }
  }
  return out;
}

const titleOf = (h: Heading) => h.content.map((r) => r.text).join('');
