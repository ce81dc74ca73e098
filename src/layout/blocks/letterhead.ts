import type { Letterhead, Run } from '../../model/document.js';
import { recipientRuns, referenceTable } from '../letterhead.js';
import { LETTERHEAD } from '../theme.js';
import { breakLines } from '../text/lineBreak.js';
import type { LayoutContext } from './context.js';
import { layoutParagraph, placeLines } from './paragraph.js';
import { layoutReferences } from './references.js';

const { sender: SENDER, after: GAP_AFTER } = LETTERHEAD;

/** Letterhead on page 1: the sender's name centred in capitals at the top, then the recipient, then the references. */
export function layoutLetterhead(head: Letterhead, ctx: LayoutContext): void {
  const { flow } = ctx;
  const sender: Run[] = [{ text: head.sender.toLocaleUpperCase(ctx.language) }];
  placeLines(ctx, breakLines(sender, ctx.width, { size: SENDER.size, characterSpacing: SENDER.letterSpacing }), SENDER, 'center', SENDER.letterSpacing);
  flow.space(GAP_AFTER.sender);
  layoutParagraph({ type: 'paragraph', content: recipientRuns(head) }, { ...ctx, paragraphSpacing: 0 });
  flow.space(GAP_AFTER.recipient);
  layoutReferences(referenceTable(head), ctx);
  flow.space(GAP_AFTER.references);
}
