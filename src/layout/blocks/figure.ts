import { drawnChart, type Figure } from '../../model/document.js';
import { figureChild } from '../structure.js';
import { SMALL, SPACING } from '../theme.js';
import type { LayoutContext } from './context.js';
import { keepTogether } from './containers.js';
import { layoutParagraph } from './paragraph.js';

/** Space between the drawing and its caption. */
const CAPTION_GAP = 4;

/** The chart, at its own size or narrowed to the column, with the caption under it; kept on one page. */
export function layoutFigure(block: Figure, ctx: LayoutContext): void {
  const drawn = drawnChart(block);
  const scale = Math.min(1, ctx.width / drawn.width);
  const w = drawn.width * scale;
  const h = drawn.height * scale;
  ctx.flow.space(SPACING.paragraph);
  keepTogether(ctx, (c) => {
    const { flow } = c;
    flow.tag('Div', () => {
      flow.push({ kind: 'svg', x: c.x, y: flow.y, w, h, svg: drawn.svg, node: figureChild(flow.node, block.alt) });
      flow.y += h + CAPTION_GAP;
      flow.tag('Caption', () => layoutParagraph({ type: 'paragraph', content: [{ text: block.caption, italic: true }] }, { ...c, text: SMALL }));
    });
  });
}
