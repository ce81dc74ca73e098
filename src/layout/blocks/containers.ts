import type { Block } from '../../model/document.js';
import { SMALL, SPACING } from '../theme.js';
import type { LayoutContext } from './context.js';
import { layoutBlocks, measure } from './layoutBlocks.js';

/** Keeps content on one page when it fits on one: moves it whole to the next page otherwise. */
export function keepTogether(ctx: LayoutContext, draw: (ctx: LayoutContext) => void): void {
  const height = measure(ctx, draw);
  if (height <= ctx.flow.fullPageHeight) ctx.flow.ensure(height);
  draw(ctx);
}

/** Small print (a note such as the electronic-approval sentence), kept on one page. */
export function layoutNote(children: Block[], ctx: LayoutContext): void {
  ctx.flow.space(SPACING.paragraph);
  keepTogether({ ...ctx, text: SMALL, paragraphSpacing: 4 }, (c) => layoutBlocks(children, c));
  ctx.flow.space(SPACING.paragraph);
}
