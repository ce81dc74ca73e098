import { Paragraph, TableCell, TableRow, WidthType } from 'docx';
import type { Signatures } from '../../model/document.js';
import type { BlockOptions, BodyChild, Renderer } from './context.js';
import { inlineChildren } from './inline.js';
import { TEXT_WIDTH, proportionalWidths } from './page.js';
import { STYLE } from './styles.js';
import { layoutTable } from './tables.js';

const PER_ROW = 3;
/** Room above the first signatory line (for a handwritten signature or the e-signature mark). */
const SIGNATURE_SPACE = 480;

function signatoryCell(r: Renderer, lines: string[] | undefined, width: number): TableCell {
  const content = (lines ?? []).flatMap((text, k) => (k === 0 ? [{ text }] : [{ text: '\n' }, { text }]));
  const children = lines ? [new Paragraph({ style: STYLE.signature, spacing: { before: SIGNATURE_SPACE }, children: inlineChildren(content, r.anchors) })] : [];
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: children.length ? children : [new Paragraph({ style: STYLE.signature })] });
}

/**
 * The closing: its paragraphs ("Med hilsen") kept with the signatories, which sit side by side in a borderless
 * table, up to three per row.
 */
export function renderSignatures(r: Renderer, block: Signatures, options: BlockOptions): BodyChild[] {
  const { signatories } = block;
  const greeting = block.greeting.map((text) => ({ type: 'paragraph' as const, content: [{ text }] }));
  const out: BodyChild[] = r.blocks(greeting, { ...options, style: STYLE.closing, keepNext: signatories.length > 0 || options.keepNext });
  if (signatories.length === 0) return out;
  const columns = Math.min(signatories.length, PER_ROW);
  const widths = proportionalWidths(Array(columns).fill(1), TEXT_WIDTH);
  const rows: TableRow[] = [];
  for (let i = 0; i < signatories.length; i += PER_ROW) {
    const group = signatories.slice(i, i + PER_ROW);
    rows.push(new TableRow({ cantSplit: true, children: widths.map((w, c) => signatoryCell(r, group[c], w)) }));
  }
  return [...out, ...r.pendingBreak(), layoutTable(rows, widths, STYLE.plainTable, false)];
}
