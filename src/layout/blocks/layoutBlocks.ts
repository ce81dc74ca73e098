import { unreachable, type Block } from '../../model/document.js';
import { Flow } from '../flow.js';
import { TOC_TEXT, HEADINGS, SPACING } from '../theme.js';
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
import { endsPart, isTableTitle, NO_KEEP, PART_END_LINES, type Keep } from './keep.js';

/**
 * Lays out one block at the flow's position; `followingLead` is used by headings (keep-with-next) and `keep` by
 * paragraphs and tables (what their end must share a page with).
 */
export function layoutBlock(block: Block, ctx: LayoutContext, followingLead: () => number, keep: () => Keep = () => NO_KEEP): void {
  switch (block.type) {
    case 'heading':
      return layoutHeading(block, ctx, followingLead());
    case 'paragraph':
      return layoutParagraph(block, ctx, keep());
    case 'list':
      return layoutList(block, ctx);
    case 'table':
      return layoutTable(block, ctx, keep().following);
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
  blocks.forEach((block, i) => layoutBlock(block, ctx, () => leadHeight(blocks, i + 1, ctx), () => keepOf(blocks, i, ctx)));
}

/**
 * A table title goes whole with the start of its table, the last lines before a signature block with the signatures,
 * and the last paragraph of a part leaves at least PART_END_LINES lines on its last page.
 */
function keepOf(blocks: Block[], index: number, ctx: LayoutContext): Keep {
  const next = blocks[index + 1];
  const block = blocks[index];
  if (isTableTitle(blocks, index) && next?.type === 'table' && block.type === 'paragraph') {
    return { following: ctx.paragraphSpacing + tableLeadHeight(next, ctx), lastLines: paragraphLines(block, ctx).length };
  }
  if (next?.type === 'signatures') {
    // The space after this block and before the signatures is swallowed at the top of the measuring flow.
    const between = (block.type === 'table' ? SPACING.block : ctx.paragraphSpacing) + ctx.text.leading;
    return { following: between + measure(ctx, (c) => layoutBlock(next, c, () => 0)), lastLines: 2 };
  }
  if (endsPart(blocks, index)) return { following: 0, lastLines: PART_END_LINES };
  return NO_KEEP;
}

/**
 * Height of the part of blocks[index] that must share a page with a preceding heading: the first lines of a
 * paragraph, the header and first row of a table, a following heading together with its own lead, and so on.
 */
export function leadHeight(blocks: Block[], index: number, ctx: LayoutContext): number {
  const block = blocks[index];
  if (!block) return 0;
  switch (block.type) {
    case 'paragraph': {
      const keep = keepOf(blocks, index, ctx);
      const lines = paragraphLines(block, ctx).length;
      const lead = leadingLineCount(lines, keep);
      return lead * ctx.text.leading + (lead === lines ? keep.following : 0);
    }
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
