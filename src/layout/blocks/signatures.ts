import type { Signatures } from '../../model/document.js';
import type { LayoutContext } from './context.js';
import { keepTogether } from './containers.js';
import { layoutParagraph } from './paragraph.js';

const COLUMN_GAP = 12;
const MAX_COLUMNS = 3;

const lines = (texts: string[]) => ({ type: 'paragraph' as const, content: texts.flatMap((text, k) => (k === 0 ? [{ text }] : [{ text: '\n' }, { text }])) });

/** Signatories side by side in columns, lines aligned at the top of each row. */
function layoutSignatoryColumns(signatories: string[][], ctx: LayoutContext): void {
  const { flow } = ctx;
  const perRow = Math.min(MAX_COLUMNS, signatories.length);
  const columnWidth = ctx.width / Math.max(2, perRow);
  for (let start = 0; start < signatories.length; start += perRow) {
    const top = flow.y;
    let bottom = top;
    signatories.slice(start, start + perRow).forEach((signatory, i) => {
      flow.y = top;
      flow.tag('Div', () => layoutParagraph(lines(signatory), { ...ctx, x: ctx.x + i * columnWidth, width: columnWidth - COLUMN_GAP, paragraphSpacing: 0 }));
      bottom = Math.max(bottom, flow.y);
    });
    flow.y = bottom;
    flow.space(ctx.text.leading);
  }
}

/** The closing: "Med hilsen" (or place and date), one blank line, then the signatories; kept on one page. */
export function layoutSignatures(block: Signatures, ctx: LayoutContext): void {
  ctx.flow.space(ctx.text.leading);
  keepTogether(ctx, (c) => {
    for (const line of block.greeting) layoutParagraph({ type: 'paragraph', content: [{ text: line }] }, c);
    c.flow.space(c.text.leading);
    layoutSignatoryColumns(block.signatories, c);
  });
}
