import type { Letterhead, Run } from '../../model/document.js';
import { recipientRuns, referenceTable } from '../letterhead.js';
import type { TextStyle } from '../theme.js';
import { breakLines } from '../text/lineBreak.js';
import type { LayoutContext } from './context.js';
import { layoutParagraph, placeLines } from './paragraph.js';
import { layoutReferences } from './references.js';

const SENDER: TextStyle = { size: 12, leading: 16, color: '#000000' };
const SENDER_LETTER_SPACING = 1.2;
/** Space after each part of the letterhead: the sender line, the recipient block, the references. */
const GAP_AFTER = { sender: 40, recipient: 26, references: 30 };

/** Letterhead on page 1: the sender's name centred in capitals at the top, then the recipient, then the references. */
export function layoutLetterhead(head: Letterhead, ctx: LayoutContext): void {
  const { flow } = ctx;
  const sender: Run[] = [{ text: head.sender.toLocaleUpperCase(ctx.language) }];
  placeLines(ctx, breakLines(sender, ctx.width, { size: SENDER.size, characterSpacing: SENDER_LETTER_SPACING }), SENDER, 'center', SENDER_LETTER_SPACING);
  flow.space(GAP_AFTER.sender);
  layoutParagraph({ type: 'paragraph', content: recipientRuns(head) }, { ...ctx, paragraphSpacing: 0 });
  flow.space(GAP_AFTER.recipient);
  layoutReferences(referenceTable(head), ctx);
  flow.space(GAP_AFTER.references);
}
