import type { Align, Paragraph } from '../../model/document.js';
import type { TextStyle } from '../theme.js';
import { breakLines, type Line } from '../text/lineBreak.js';
import { drawLine } from '../text/drawLine.js';
import type { LayoutContext } from './context.js';
import { referenceRuns } from '../footnotes.js';

export function paragraphLines(paragraph: Paragraph, ctx: LayoutContext): Line[] {
  return breakLines(referenceRuns(paragraph.content), ctx.width, { size: ctx.text.size });
}

/** Lines that must stay together at the start of a paragraph (no single line left at a page bottom). */
export function leadingLineCount(lineCount: number): number {
  return lineCount <= 3 ? lineCount : 2;
}

/**
 * Places the lines of a paragraph (one P structure element) one below the other, breaking pages between lines while keeping at least two lines together at the
 * start and end of the block (orphans and widows).
 */
export function placeLines(ctx: LayoutContext, lines: Line[], style: TextStyle, align: Align = 'left', characterSpacing?: number): void {
  const { flow } = ctx;
  const lh = style.leading;
  flow.ensure(leadingLineCount(lines.length) * lh);
  flow.tag('P', () => {
    lines.forEach((line, i) => {
      const notes = flow.footnotes?.numbersIn(line) ?? [];
      // A line with footnote references needs room for their notes too, on the same page.
      const extra = flow.footnotes?.extra(flow.pageIndex, notes) ?? 0;
      if (i > 0) {
        const need = lines.length - i === 2 ? 2 * lh : lh;
        if (!flow.fits(need + extra)) flow.newPage();
      } else if (extra > 0 && !flow.fits(lh + extra) && !flow.atTop()) flow.newPage();
      flow.footnotes?.add(flow.pageIndex, notes, flow.node);
      drawLine(flow, line, style, { x: ctx.x, width: ctx.width, top: flow.y, align, characterSpacing });
      flow.y += lh;
    });
  });
}

export function layoutParagraph(paragraph: Paragraph, ctx: LayoutContext): void {
  placeLines(ctx, paragraphLines(paragraph, ctx), ctx.text);
  ctx.flow.space(ctx.paragraphSpacing);
}
