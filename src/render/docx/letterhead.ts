import type { Letterhead } from '../../model/document.js';
import { recipientRuns, referenceTable } from '../../layout/letterhead.js';
import { LETTERHEAD } from '../../layout/theme.js';
import type { BlockOptions, BodyChild, Renderer } from './context.js';
import { inlineChildren } from './inline.js';
import { STYLE } from './styles.js';
import { twips } from './page.js';
import { renderReferenceTable, spacer } from './tables.js';

const AFTER_RECIPIENT = twips(LETTERHEAD.after.recipient);
const AFTER_REFERENCES = LETTERHEAD.after.references;

/**
 * The letterhead: the sender line, the recipient block and the reference block (Deres ref / Vår ref / Dato) as a
 * borderless table.
 */
export function renderLetterhead(r: Renderer, head: Letterhead, options: BlockOptions): BodyChild[] {
  return [
    ...r.blocks([{ type: 'paragraph', content: [{ text: head.sender }] }], { ...options, style: STYLE.sender }),
    r.paragraph({ style: STYLE.recipient, keepNext: true, spacing: { after: AFTER_RECIPIENT }, children: inlineChildren(recipientRuns(head), r.anchors) }),
    ...r.pendingBreak(),
    renderReferenceTable(r, referenceTable(head)),
    spacer(AFTER_REFERENCES),
  ];
}
