import { unreachable, type Block } from '../../model/document.js';
import { Flow } from '../flow.js';
import { TOC_TEXT, HEADINGS } from '../theme.js';
import { withFlow, type LayoutContext } from './context.js';
import { keepTogether, layoutNote } from './containers.js';
import { layoutLetterhead } from './letterhead.js';
import { layoutSignatures } from './signatures.js';
import { headingHeight, layoutHeading } from './heading.js';
import { itemContext, layoutList } from './list.js';
import { leadingLineCount, layoutParagraph, paragraphLines } from './paragraph.js';
import { layoutTable, tableLeadHeight } from './table.js';
import { layoutToc } from './toc.js';
import { layoutFigure } from './figure.js';

/** Lays out one block at the flow's position; `followingLead` is only used by headings (keep-with-next). */
export function layoutBlock(block: Block, ctx: LayoutContext, followingLead: () => number): void {
  switch (block.type) {
    case 'heading':
      return layoutHeading(block, ctx, followingLead());
    case 'paragraph':
      return layoutParagraph(block, ctx);
    case 'list':
      return layoutList(block, ctx);
    case 'table':
      return layoutTable(block, ctx);
    case 'toc':
      return layoutToc(block, ctx);
    case 'letterhead':
      return ctx.flow.tag('Div', () => layoutLetterhead(block, ctx));
    case 'signatures':
      return ctx.flow.tag('Div', () => layoutSignatures(block, ctx));
    case 'note':
      return layoutNote(block.children, ctx);
    case 'keepTogether':
      return keepTogether(ctx, (c) => layoutBlocks(block.children, c));
    case 'quote':
      // The PDF sets a quotation as ordinary text; the DOCX gives it Word's Quote style.
      return layoutBlocks(block.children, ctx);
    case 'pageBreak':
      if (!ctx.flow.atTop()) ctx.flow.newPage();
      return;
    case 'figure':
      return layoutFigure(block, ctx);
    default:
      return unreachable(block);
  }
}

export function layoutBlocks(blocks: Block[], ctx: LayoutContext): void {
  blocks.forEach((block, i) => layoutBlock(block, ctx, () => leadHeight(blocks, i + 1, ctx)));
}

/**
 * Height of the part of blocks[index] that must share a page with a preceding heading: the first lines of a
 * paragraph, the header and first row of a table, a following heading together with its own lead, and so on.
 */
export function leadHeight(blocks: Block[], index: number, ctx: LayoutContext): number {
  const block = blocks[index];
  if (!block) return 0;
  switch (block.type) {
    case 'paragraph':
      return leadingLineCount(paragraphLines(block, ctx).length) * ctx.text.leading;
    case 'heading':
      return HEADINGS[Math.min(Math.max(block.level, 1), 4)].before + headingHeight(block, ctx) + leadHeight(blocks, index + 1, ctx);
    case 'list':
      return block.items.length > 0 ? leadHeight(block.items[0], 0, itemContext(block, ctx)) : 0;
    case 'table':
      return tableLeadHeight(block, ctx);
    case 'toc':
      return HEADINGS[1].leading + 2 * TOC_TEXT.leading;
    case 'letterhead':
    case 'signatures':
    case 'note':
    case 'keepTogether':
    case 'figure':
      return measure(ctx, (c) => layoutBlock(block, c, () => 0));
    case 'quote':
      return leadHeight(block.children, 0, ctx);
    case 'pageBreak':
      return 0;
    default:
      return unreachable(block);
  }
}

/** Height the content drawn by `draw` takes when laid out without page breaks. */
export function measure(ctx: LayoutContext, draw: (ctx: LayoutContext) => void): number {
  const flow = Flow.measuring();
  draw(withFlow(ctx, flow));
  return flow.y;
}
