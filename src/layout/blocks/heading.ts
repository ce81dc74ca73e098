import type { Heading, Run } from '../../model/document.js';
import { headingType } from '../structure.js';
import { HEADINGS } from '../theme.js';
import { breakLines, type Line } from '../text/lineBreak.js';
import { drawLine } from '../text/drawLine.js';
import type { LayoutContext } from './context.js';

export function headingStyle(level: number) {
  return HEADINGS[Math.min(Math.max(level, 1), 4)];
}

export function headingLines(heading: Heading, ctx: LayoutContext): Line[] {
  const style = headingStyle(heading.level);
  return breakLines(numberedRuns(heading), ctx.width, { size: style.size, bold: true, italic: style.italic });
}

// The same array each time for the same heading: line breaking caches its lines by the runs array, and keep rules
// measure a heading before it is placed.
const numbered = new WeakMap<Heading, Run[]>();

function numberedRuns(heading: Heading): Run[] {
  let runs = numbered.get(heading);
  if (!runs) numbered.set(heading, (runs = heading.number ? [{ text: `${heading.number} ` }, ...heading.content] : heading.content));
  return runs;
}

/** Height of the heading itself plus its space after (the space before is dropped at a page top). */
export function headingHeight(heading: Heading, ctx: LayoutContext): number {
  const style = headingStyle(heading.level);
  return headingLines(heading, ctx).length * style.leading + style.after;
}

/**
 * `followingLead` is the height of the start of what follows (first lines / first table row): the heading moves to
 * the next page together with it rather than staying alone at the bottom.
 */
export function layoutHeading(heading: Heading, ctx: LayoutContext, followingLead: number): void {
  const { flow } = ctx;
  const style = headingStyle(heading.level);
  const lines = headingLines(heading, ctx);
  flow.space(style.before);
  flow.ensure(lines.length * style.leading + style.after + followingLead);
  flow.tag(headingType(heading.level), () => {
    flow.push({ kind: 'dest', name: heading.id, x: ctx.x, y: flow.y });
    for (const line of lines) {
      drawLine(flow, line, style, { x: ctx.x, width: ctx.width, top: flow.y });
      flow.y += style.leading;
    }
  });
  flow.y += style.after;
}
