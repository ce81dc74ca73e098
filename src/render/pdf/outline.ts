import type { TocEntry } from '../../layout/blocks/context.js';

interface OutlineItem {
  addItem(title: string, options?: { expanded?: boolean }): OutlineItem;
  outlineData: Record<string, unknown>;
}

/** PDF bookmarks for the TOC headings, nested by level, each pointing at the heading's named destination. */
export function addOutline(doc: PDFKit.PDFDocument, entries: TocEntry[], pageOf: ReadonlyMap<string, number>): void {
  const root = doc.outline as unknown as OutlineItem;
  const stack: Array<{ level: number; item: OutlineItem }> = [];
  for (const entry of entries) {
    if (!pageOf.has(entry.id)) continue;
    while (stack.length > 0 && stack[stack.length - 1].level >= entry.level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1].item : root;
    const item = parent.addItem(entry.text, { expanded: entry.level === 1 });
    // pdfkit points bookmarks at the whole current page; the named destination lands on the heading itself.
    item.outlineData.Dest = new String(entry.id);
    stack.push({ level: entry.level, item });
  }
}
