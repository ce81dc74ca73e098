import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findDocuments } from '../../src/kinds/findDocuments.js';
import { CONTENT } from './examples.js';

/** A piece of text on a page with its box (PDF points, origin bottom left) and the structure role it is tagged with. */
interface Placed {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  role?: string;
  /** A paragraph right before a table: a table title. */
  title?: boolean;
  /** Right-to-left text (Arabic). */
  rtl?: boolean;
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Marked-content id → role of the structure element it belongs to (and whether it is a table title). */
function rolesOf(tree: StructNode | null): Map<string, { role: string; title: boolean }> {
  const roles = new Map<string, { role: string; title: boolean }>();
  const walk = (node: StructNode, role: string, title: boolean) => {
    node.children?.forEach((child, i) => {
      if (child.type === 'content' && child.id) roles.set(child.id, { role, title });
      else if (child.role) {
        const next = node.children?.[i + 1];
        walk(child, child.role, child.role === 'P' && next?.role === 'Table');
      }
    });
  };
  if (tree) walk(tree, 'Document', false);
  return roles;
}

async function placedText(data: Uint8Array): Promise<Array<{ items: Placed[]; width: number; height: number }>> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , width, height] = page.view;
      const roles = rolesOf((await page.getStructTree()) as StructNode | null);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const items: Placed[] = [];
      let current: string | undefined;
      for (const item of content.items as Array<{ type?: string; id?: string; str?: string; transform?: number[]; width?: number; dir?: string }>) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') current = item.id;
        else if (item.type === 'endMarkedContent') current = undefined;
        else if (item.str && item.str.trim() !== '' && item.transform) {
          const known = current ? roles.get(current) : undefined;
          items.push({ str: item.str, x: item.transform[4], y: item.transform[5], w: item.width ?? 0, size: Math.abs(item.transform[3]) || 10, role: known?.role, title: known?.title, rtl: item.dir === 'rtl' });
        }
      }
      pages.push({ items, width, height });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Lines: items on one baseline, left to right. */
function linesOf(items: Placed[]): Placed[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Placed[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - item.y) < Math.min(line[0].size, item.size) * 0.4) line.push(item);
    else lines.push([item]);
  }
  return lines;
}

/**
 * The right end of an item. pdf.js adds up the font's advance of every glyph, also of Arabic dots and marks that the
 * shaping positions without advancing (pdfkit moves to them with Tm): a right-to-left item may end up to about a
 * sixth of an em further right than its ink.
 */
const right = (p: Placed) => p.x + p.w - (p.rtl ? 0.15 * p.size : 0);

const overlaps = (a: Placed, b: Placed) =>
  Math.min(right(a), right(b)) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + 0.7 * a.size, b.y + 0.7 * b.size) - Math.max(a.y - 0.2 * a.size, b.y - 0.2 * b.size) > 0.3 * Math.min(a.size, b.size);

/** Lower-case words of a text, for auditPdf. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

/** Left edge of the cell or column an item is in: the first item of its line at or left of it with no gap wider than a space. */
function columnStart(line: Placed[], item: Placed): number {
  let start = item;
  for (let i = line.indexOf(item) - 1; i >= 0 && start.x - (line[i].x + line[i].w) < 0.5 * item.size; i--) start = line[i];
  return start.x;
}

/** Fewer lines than this on a page is a stranded page, unless the page ends a part. */
const MIN_LINES = 6;

/**
 * Typographic faults of a tagged PDF, one message per fault: amounts split over lines, words broken without a
 * hyphen, a heading or table title last on a page, a page with a few stranded lines (other than the end of a part,
 * where the next page starts with a level-1 heading), text outside the page or over other text. `tagged: false` for
 * PDFs without structure (LibreOffice's): the checks that need roles (stranded headings, short pages) are left out. `words` are the words of the
 * document's source text (see wordsOf), to tell a word broken in the middle from two words.
 */
export async function auditPdf(data: Uint8Array, words: Set<string>, tagged = true): Promise<string[]> {
  const faults: string[] = [];
  const pages = await placedText(data);
  pages.forEach(({ items, width, height }, p) => {
    const at = `side ${p + 1}`;
    for (const item of items) {
      if (item.x < 0 || item.x + item.w > width + 0.5 || item.y < 0 || item.y + item.size > height) faults.push(`${at}: «${item.str}» utenfor siden`);
      if (/(?:^|[\s\u00a0])\d{1,3}(?:[\u00a0 ]\d{3})+[\u00a0 ]\d{1,2}\s*$/.test(item.str)) {
        faults.push(`${at}: beløpet i «${item.str}» er delt`);
      }
    }
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (overlaps(items[i], items[j])) faults.push(`${at}: «${items[i].str}» og «${items[j].str}» overlapper`);
      }
    }
    const body = tagged ? items.filter((item) => item.role) : items;
    const lines = linesOf(body);
    // A word broken without a hyphen: the end of a line and the start of the next line in the same column join into a
    // word of the document's text.
    for (const line of lines) {
      for (const item of line) {
        const joined = line.some((other) => other !== item && Math.abs(other.x + other.w - item.x) < 0.6 * item.size);
        if (/^\s*%/.test(item.str) && !joined) faults.push(`${at}: «${item.str}» begynner en linje`);
      }
    }
    lines.forEach((line, l) => {
      const next = lines[l + 1];
      if (!next || line[0].y - next[0].y > 1.6 * line[0].size) return;
      for (const last of line) {
        // Only the end of a column's line (LibreOffice sets a hyphen as a piece of its own).
        const end = last.x + last.w;
        if (line.some((other) => other !== last && other.x >= end - 0.5 && other.x - end < 0.5 * last.size)) continue;
        const tail = /(\p{L}+)$/u.exec(last.str)?.[1];
        const below = next.find((item) => Math.abs(item.x - columnStart(line, last)) < 1);
        const head = below && /^(\p{L}+)/u.exec(below.str)?.[1];
        if (tail && head && words.has(`${tail}${head}`.toLowerCase()) && !words.has(tail.toLowerCase())) {
          faults.push(`${at}: «${tail}|${head}» er delt uten bindestrek`);
        }
      }
    });
    if (!tagged) return;
    const lastLine = lines[lines.length - 1];
    if (lastLine && lastLine.every((item) => /^H\d$/.test(item.role ?? '') || item.title)) faults.push(`${at}: «${lastLine.map((i) => i.str).join(' ')}» står sist på siden`);
    const nextFirst = pages[p + 1] && linesOf(pages[p + 1].items.filter((item) => item.role))[0];
    const endsPart = !nextFirst || nextFirst.some((item) => item.role === 'H1');
    if (lines.length < MIN_LINES && !endsPart) faults.push(`${at}: bare ${lines.length} linjer`);
  });
  return faults;
}

/** Every example document, as its folder under content/. */
export const EXAMPLES = findDocuments(CONTENT).map((dir) => relative(CONTENT, dir));

/** The text of every content file under a folder: the words a PDF of it may hold. */
export const sourceText = (dir: string): string =>
  readdirSync(dir).map((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceText(path);
    return /\.(md|ya?ml)$/.test(name) ? readFileSync(path, 'utf8') : '';
  }).join('\n');
