import { Paragraph, TableCell, TableRow, WidthType } from 'docx';
import type { Block, Div } from '../../model/document.js';
import type { BlockOptions, BodyChild, Renderer } from './context.js';
import { inlineChildren } from './inline.js';
import { TEXT_WIDTH, proportionalWidths } from './page.js';
import { STYLE } from './styles.js';
import { layoutTable } from './tables.js';

const PER_ROW = 3;
/** Room above the first signatory line (for a handwritten signature or the e-signature mark). */
const SIGNATURE_SPACE = 480;

function signatoryCell(r: Renderer, div: Div | undefined, width: number): TableCell {
  const paragraphs = (div?.children ?? []).filter((b) => b.type === 'paragraph');
  const children = paragraphs.map((p, i) => new Paragraph({
    style: STYLE.signature,
    spacing: i === 0 ? { before: SIGNATURE_SPACE } : undefined,
    children: inlineChildren(p.content, r.anchors),
  }));
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: children.length ? children : [new Paragraph({ style: STYLE.signature })] });
}

/**
 * The closing: its paragraphs ("Med hilsen") kept with the signatories, which sit side by side in a borderless
 * table, up to three per row.
 */
export function renderSignatures(r: Renderer, div: Div, options: BlockOptions): BodyChild[] {
  const signatories = div.children.filter((b): b is Div => b.type === 'div' && b.name === 'signatar');
  const others = div.children.filter((b: Block) => !(b.type === 'div' && b.name === 'signatar'));
  const out: BodyChild[] = r.blocks(others, { ...options, style: STYLE.closing, keepNext: signatories.length > 0 || options.keepNext });
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
