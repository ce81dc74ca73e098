import type { Block, Div } from '../../model/document.js';
import type { BlockOptions, BodyChild, Renderer } from './context.js';
import { inlineChildren } from './inline.js';
import { STYLE } from './styles.js';
import { twips } from './page.js';
import { spacer } from './tables.js';

/** Space between the recipient's address and the reference block, and after the references (as the PDF's letterhead). */
const AFTER_RECIPIENT = twips(26);
const AFTER_REFERENCES = 30;

/** The recipient's address: one paragraph per block, tight line spacing, space after the last. */
function recipient(r: Renderer, div: Div): BodyChild[] {
  const paragraphs = div.children.filter((b) => b.type === 'paragraph');
  const others = div.children.filter((b) => b.type !== 'paragraph');
  return [
    ...paragraphs.map((p, i) => r.paragraph({
      style: STYLE.recipient,
      keepNext: true,
      spacing: i === paragraphs.length - 1 ? { after: AFTER_RECIPIENT } : undefined,
      children: inlineChildren(p.content, r.anchors),
    })),
    ...r.blocks(others),
  ];
}

/**
 * The letterhead: sender line(s), recipient block and reference block (Deres ref / Vår ref / Dato) as a borderless
 * table. Paragraphs directly in the letterhead are the sender.
 */
export function renderLetterhead(r: Renderer, div: Div, options: BlockOptions): BodyChild[] {
  return div.children.flatMap((block: Block): BodyChild[] => {
    if (block.type === 'paragraph') return r.blocks([block], { ...options, style: STYLE.sender });
    if (block.type === 'div' && block.name === 'mottaker') return recipient(r, block);
    if (block.type === 'div' && block.name === 'referanser') return [...r.blocks(block.children, { ...options, tableVariant: 'referanser' }), spacer(AFTER_REFERENCES)];
    return r.blocks([block], options);
  });
}
