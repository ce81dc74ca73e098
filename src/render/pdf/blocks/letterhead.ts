import type { Div, Run } from '../../../model/document.js';
import type { TextStyle } from '../theme.js';
import { breakLines } from '../text/lineBreak.js';
import type { LayoutContext } from './context.js';
import { layoutDiv } from './divs.js';
import { layoutBlocks } from './layoutBlocks.js';
import { placeLines } from './paragraph.js';

const SENDER: TextStyle = { size: 12, leading: 16, color: '#000000' };
const SENDER_LETTER_SPACING = 1.2;
/** Space after each part of the letterhead: the sender line, the recipient block, the references. */
const GAP_AFTER: Record<string, number> = { sender: 40, mottaker: 26, referanser: 30 };

/** Letterhead on page 1: the sender's name centred in capitals at the top, then the recipient, then the references. */
export function layoutLetterhead(div: Div, ctx: LayoutContext): void {
  const { flow } = ctx;
  let senderDone = false;
  for (const child of div.children) {
    if (child.type === 'paragraph' && !senderDone) {
      const runs: Run[] = child.content.map((run) => ({ ...run, text: run.text.toLocaleUpperCase('nb-NO') }));
      const lines = breakLines(runs, ctx.width, { size: SENDER.size, characterSpacing: SENDER_LETTER_SPACING });
      placeLines(ctx, lines, SENDER, 'center', SENDER_LETTER_SPACING);
      continue;
    }
    if (!senderDone) {
      flow.space(GAP_AFTER.sender);
      senderDone = true;
    }
    if (child.type === 'div') {
      layoutDiv(child, ctx);
      flow.space(GAP_AFTER[child.name] ?? 12);
    } else {
      layoutBlocks([child], ctx);
    }
  }
  if (!senderDone) flow.space(GAP_AFTER.sender);
}
