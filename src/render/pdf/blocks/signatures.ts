import type { Block, Div } from '../../../model/document.js';
import type { LayoutContext } from './context.js';
import { keepTogether } from './divs.js';
import { layoutBlocks } from './layoutBlocks.js';

const COLUMN_GAP = 12;
const MAX_COLUMNS = 3;

const isSignatory = (block: Block): block is Div => block.type === 'div' && block.name === 'signatar';

/** Signatories side by side in columns, lines aligned at the top of each row. */
function layoutSignatoryColumns(signatories: Div[], ctx: LayoutContext): void {
  const { flow } = ctx;
  const perRow = Math.min(MAX_COLUMNS, signatories.length);
  const columnWidth = ctx.width / Math.max(2, perRow);
  for (let start = 0; start < signatories.length; start += perRow) {
    const top = flow.y;
    let bottom = top;
    signatories.slice(start, start + perRow).forEach((signatory, i) => {
      flow.y = top;
      flow.tag('Div', () => layoutBlocks(signatory.children, { ...ctx, x: ctx.x + i * columnWidth, width: columnWidth - COLUMN_GAP, paragraphSpacing: 0 }));
      bottom = Math.max(bottom, flow.y);
    });
    flow.y = bottom;
    flow.space(ctx.text.leading);
  }
}

/** The closing: "Med hilsen" and the other paragraphs, one blank line, then the signatories; kept on one page. */
export function layoutSignatures(div: Div, ctx: LayoutContext): void {
  ctx.flow.space(ctx.text.leading);
  keepTogether(ctx, (c) => {
    const others = div.children.filter((block) => !isSignatory(block));
    layoutBlocks(others, c);
    c.flow.space(c.text.leading);
    layoutSignatoryColumns(div.children.filter(isSignatory), c);
  });
}
