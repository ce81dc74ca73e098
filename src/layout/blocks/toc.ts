import type { TocBlock } from '../../model/document.js';
import { getMeasurer } from '../fonts.js';
import { HEADINGS, SPACING, TOC_TEXT } from '../theme.js';
import { baselineOffset, drawLine } from '../text/drawLine.js';
import { breakLines } from '../text/lineBreak.js';
import type { LayoutContext } from './context.js';

const LEVEL_INDENT = 16;
/** Room kept at the right of every entry for the leader's end and the page number. */
const PAGE_NUMBER_ROOM = 34;

/**
 * Lays out the entries; their page numbers are not known yet, so each entry leaves a tocPage operation that the
 * painter resolves once every heading has its page (the entries' sizes do not depend on the numbers).
 */
export function layoutToc(toc: TocBlock, ctx: LayoutContext): void {
  const { flow } = ctx;
  const titleStyle = HEADINGS[1];
  const titleLines = breakLines([{ text: toc.title }], ctx.width, { size: titleStyle.size, bold: true });
  flow.space(titleStyle.before);
  flow.ensure(titleLines.length * titleStyle.leading + titleStyle.after + 2 * TOC_TEXT.leading);
  flow.tag('H1', () => {
    for (const line of titleLines) {
      drawLine(flow, line, titleStyle, { x: ctx.x, width: ctx.width, top: flow.y });
      flow.y += titleStyle.leading;
    }
  });
  flow.y += titleStyle.after;

  // TOC > TOCI > Link: the entry's text, its page number and the link annotation (the dot leader is an artifact).
  flow.tag('TOC', () => {
    for (const entry of ctx.toc) {
      const indent = (Math.min(entry.level, 4) - 1) * LEVEL_INDENT;
      const bold = entry.level === 1;
      const options = { size: TOC_TEXT.size, bold };
      // A wrapped entry hangs: its later lines start where the title does, past the number.
      const number = entry.number ? breakLines([{ text: `${entry.number} ` }], Number.POSITIVE_INFINITY, { ...options, nowrap: true })[0] : undefined;
      const hang = number ? number.width + getMeasurer().width(' ', bold ? 'bold' : 'regular', TOC_TEXT.size) : 0;
      const lines = breakLines([{ text: entry.title }], ctx.width - indent - hang - PAGE_NUMBER_ROOM, options);
      if (entry.level === 1) flow.space(4);
      flow.ensure(lines.length * TOC_TEXT.leading);
      const top = flow.y;
      flow.tag('TOCI', () => flow.tag('Link', () => {
        if (number) drawLine(flow, number, TOC_TEXT, { x: ctx.x + indent, width: hang, top: flow.y });
        for (const line of lines) {
          drawLine(flow, line, TOC_TEXT, { x: ctx.x + indent + hang, width: ctx.width - indent - hang, top: flow.y });
          flow.y += TOC_TEXT.leading;
        }
        const last = lines[lines.length - 1];
        flow.push({
          kind: 'tocPage', headingId: entry.id, leaderStart: ctx.x + indent + hang + last.width + getMeasurer().width(' ', 'regular', TOC_TEXT.size),
          right: ctx.x + ctx.width, baseline: flow.y - TOC_TEXT.leading + baselineOffset(TOC_TEXT),
          font: bold ? 'bold' : 'regular', size: TOC_TEXT.size, color: TOC_TEXT.color,
        });
        flow.push({ kind: 'link', x: ctx.x + indent, y: top, w: ctx.width - indent, h: flow.y - top, href: `#${entry.id}`, label: entry.text });
      }));
    }
  });
  flow.space(SPACING.block * 2);
}
