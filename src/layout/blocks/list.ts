import type { ListBlock } from '../../model/document.js';
import { fontKey, getMeasurer } from '../fonts.js';
import { SPACING } from '../theme.js';
import { baselineOffset } from '../text/drawLine.js';
import type { LayoutContext } from './context.js';
import { layoutBlocks, leadHeight } from './layoutBlocks.js';

const BULLETS = ['•', '–', '◦'];

function marker(list: ListBlock, index: number, depth: number): string {
  return list.ordered ? `${list.start + index}.` : BULLETS[depth % BULLETS.length];
}

/** Items get a hanging indent: the marker sits in the indent, item content aligns left of it. */
export function listIndent(list: ListBlock, ctx: LayoutContext): number {
  if (!list.ordered) return SPACING.listIndent;
  const widest = marker(list, list.items.length - 1, ctx.listDepth);
  return Math.max(SPACING.listIndent, getMeasurer().width(widest, 'regular', ctx.text.size) + 6);
}

export function itemContext(list: ListBlock, ctx: LayoutContext): LayoutContext {
  const indent = listIndent(list, ctx);
  return { ...ctx, x: ctx.x + indent, width: ctx.width - indent, paragraphSpacing: SPACING.tightParagraph, listDepth: ctx.listDepth + 1 };
}

export function layoutList(list: ListBlock, ctx: LayoutContext): void {
  const { flow } = ctx;
  const inner = itemContext(list, ctx);
  flow.tag('L', () => {
    list.items.forEach((item, index) => {
      flow.ensure(leadHeight(item, 0, inner));
      const text = marker(list, index, ctx.listDepth);
      const x = list.ordered ? ctx.x : ctx.x + 3;
      flow.tag('LI', () => {
        flow.tag('Lbl', () => {
          flow.push({ kind: 'text', x, baseline: flow.y + baselineOffset(ctx.text), text, font: fontKey(false, false), size: ctx.text.size, color: ctx.text.color });
        });
        flow.tag('LBody', () => layoutBlocks(item, inner));
      });
    });
  });
  if (ctx.listDepth === 0) flow.space(ctx.paragraphSpacing - SPACING.tightParagraph);
}
