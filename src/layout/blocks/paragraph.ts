import type { Align, Paragraph } from '../../model/document.js';
import type { TextStyle } from '../theme.js';
import { breakLines, type Line } from '../text/lineBreak.js';
import { drawLine } from '../text/drawLine.js';
import type { LayoutContext } from './context.js';
import { referenceRuns } from '../footnotes.js';
import { NO_KEEP, type Keep } from './keep.js';

export function paragraphLines(paragraph: Paragraph, ctx: LayoutContext): Line[] {
  return breakLines(referenceRuns(paragraph.content), ctx.width, { size: ctx.text.size });
}

/** Lines that must stay together at the start of a paragraph (no single line left at a page bottom). */
export function leadingLineCount(lineCount: number, keep: Keep = NO_KEEP): number {
  return lineCount - Math.max(2, keep.lastLines) < 2 ? lineCount : 2;
}

/**
 * Places the lines of a paragraph (one P structure element) one below the other, breaking pages between lines while
 * keeping at least two lines together at the start (orphans) and `keep.lastLines` at the end (widows), and the last
 * lines on the page of what must follow them.
 */
export function placeLines(ctx: LayoutContext, lines: Line[], style: TextStyle, align: Align = 'left', characterSpacing?: number, keep: Keep = NO_KEEP): void {
  const { flow } = ctx;
  const lh = style.leading;
  const lead = leadingLineCount(lines.length, keep);
  const tail = lead === lines.length ? lines.length : Math.max(2, keep.lastLines);
  // What follows can only pull the lines along when both fit on an empty page.
  const following = tail * lh + keep.following <= flow.fullPageHeight ? keep.following : 0;
  flow.ensure(lead * lh + (lead === lines.length ? following : 0));
  flow.tag('P', () => {
    lines.forEach((line, i) => {
      const notes = flow.footnotes?.numbersIn(line) ?? [];
      // A line with footnote references needs room for their notes too, on the same page.
      const extra = flow.footnotes?.extra(flow.pageIndex, notes) ?? 0;
      if (i > 0) {
        const need = lines.length - i === tail ? tail * lh + following : lh;
        if (!flow.fits(need + extra)) flow.newPage();
      } else if (extra > 0 && !flow.fits(lh + extra) && !flow.atTop()) flow.newPage();
      flow.footnotes?.add(flow.pageIndex, notes, flow.node);
      drawLine(flow, line, style, { x: ctx.x, width: ctx.width, top: flow.y, align, characterSpacing });
      flow.y += lh;
    });
  });
}

export function layoutParagraph(paragraph: Paragraph, ctx: LayoutContext, keep: Keep = NO_KEEP): void {
  placeLines(ctx, paragraphLines(paragraph, ctx), ctx.text, 'left', undefined, keep);
  ctx.flow.space(ctx.paragraphSpacing);
}
