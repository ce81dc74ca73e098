import type { Div } from '../../../model/document.js';
import { SMALL, SPACING } from '../theme.js';
import type { LayoutContext } from './context.js';
import { layoutBlocks, leadHeight, measure } from './layoutBlocks.js';
import { layoutLetterhead } from './letterhead.js';
import { layoutReferences } from './references.js';
import { layoutSignatures } from './signatures.js';

const smallPrint = (ctx: LayoutContext): LayoutContext => ({ ...ctx, text: SMALL, paragraphSpacing: 4 });

/** Keeps content on one page when it fits on one: moves it whole to the next page otherwise. */
export function keepTogether(ctx: LayoutContext, draw: (ctx: LayoutContext) => void): void {
  const height = measure(ctx, draw);
  if (height <= ctx.flow.fullPageHeight) ctx.flow.ensure(height);
  draw(ctx);
}

export function layoutDiv(div: Div, ctx: LayoutContext): void {
  switch (div.name) {
    case 'brevhode':
      return ctx.flow.tag('Div', () => layoutLetterhead(div, ctx));
    case 'mottaker':
      layoutBlocks(div.children, { ...ctx, paragraphSpacing: 0 });
      return;
    case 'referanser':
      for (const child of div.children) {
        if (child.type === 'table') layoutReferences(child, ctx);
        else layoutBlocks([child], ctx);
      }
      return;
    case 'signaturer':
      return ctx.flow.tag('Div', () => layoutSignatures(div, ctx));
    case 'signatar':
      return ctx.flow.tag('Div', () => layoutBlocks(div.children, { ...ctx, paragraphSpacing: 0 }));
    case 'merknad':
      ctx.flow.space(SPACING.paragraph);
      keepTogether(smallPrint(ctx), (c) => layoutBlocks(div.children, c));
      ctx.flow.space(SPACING.paragraph);
      return;
    case 'hold-sammen':
      keepTogether(ctx, (c) => layoutBlocks(div.children, c));
      return;
    default:
      layoutBlocks(div.children, ctx);
  }
}

export function divLeadHeight(div: Div, ctx: LayoutContext): number {
  switch (div.name) {
    case 'hold-sammen':
    case 'signaturer':
    case 'merknad':
    case 'brevhode':
    case 'referanser':
      return measure(ctx, (c) => layoutDiv(div, c));
    default:
      return leadHeight(div.children, 0, ctx);
  }
}
