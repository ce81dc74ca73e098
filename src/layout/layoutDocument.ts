import type { Block, DocumentModel } from '../model/document.js';
import type { LayoutContext, TocEntry } from './blocks/context.js';
import { layoutBlocks } from './blocks/layoutBlocks.js';
import { Flow, type PageArea } from './flow.js';
import { FootnoteArea } from './footnotes.js';
import { footnotesIn } from '../model/footnotes.js';
import { firstPageFooterTop } from './furniture.js';
import type { DrawOp } from './ops.js';
import { plainText } from './text/lineBreak.js';
import { BODY, FURNITURE, PAGE, SPACING } from './theme.js';

export interface LaidOutDocument {
  pages: DrawOp[][];
  toc: TocEntry[];
}

export function tocEntries(blocks: Block[]): TocEntry[] {
  const entries: TocEntry[] = [];
  const visit = (list: Block[]) => {
    for (const block of list) {
      if (block.type === 'heading' && block.inToc) {
        const text = plainText(block.content);
        entries.push({ id: block.id, level: block.level, text: block.number ? `${block.number} ${text}` : text, number: block.number, title: text });
      }
      if ('children' in block) visit(block.children);
      if (block.type === 'list') block.items.forEach(visit);
    }
  };
  visit(blocks);
  return entries;
}

/** Body area of each page: page 1 ends above the first-page footer when there is one. */
export function pageArea(model: DocumentModel): (pageIndex: number) => PageArea {
  const normalBottom = PAGE.height - PAGE.marginBottom;
  const firstBottom = model.furniture.firstPageFooter?.length
    ? Math.min(normalBottom, firstPageFooterTop(model.furniture.firstPageFooter) - FURNITURE.firstPageFooterGap)
    : normalBottom;
  return (pageIndex) => ({ top: PAGE.marginTop, bottom: pageIndex === 0 ? firstBottom : normalBottom });
}

/** Pagination and positioning of all body content; page numbers of TOC entries are left to the painter. */
export function layoutDocument(model: DocumentModel): LaidOutDocument {
  const area = pageArea(model);
  const flow = new Flow(area);
  const width = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
  const footnotes = new FootnoteArea(new Map(footnotesIn(model.blocks).map((n) => [n.number, n.content])), PAGE.marginLeft, width);
  flow.footnotes = footnotes;
  const toc = tocEntries(model.blocks);
  const ctx: LayoutContext = {
    flow, x: PAGE.marginLeft, width,
    text: BODY, paragraphSpacing: SPACING.paragraph, listDepth: 0, toc, language: model.meta.language,
  };
  layoutBlocks(model.blocks, ctx);
  // A trailing page break or spacing must not leave an empty last page.
  while (flow.pages.length > 1 && flow.pages[flow.pages.length - 1].length === 0) flow.pages.pop();
  footnotes.draw(flow.pages, (pageIndex) => area(pageIndex).bottom);
  return { pages: flow.pages, toc };
}
