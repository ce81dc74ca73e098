import type { Table } from '../../../model/document.js';
import { COLORS, type TextStyle } from '../theme.js';
import { breakLines } from '../text/lineBreak.js';
import { drawLine } from '../text/drawLine.js';
import type { LayoutContext } from './context.js';
import { columns } from './table.js';

const LABEL: TextStyle = { size: 8, leading: 10.5, color: COLORS.muted };
const VALUE: TextStyle = { size: 10.5, leading: 13.5, color: '#000000' };
const GUTTER = 8;

/** The letterhead's reference block ("Deres ref", "Vår ref", "Dato"): no rules; each label small with its value below. */
export function layoutReferences(table: Table, ctx: LayoutContext): void {
  const { flow } = ctx;
  const cols = columns(table, ctx.x, ctx.width);
  const stacks = cols.map((col, c) => {
    const width = col.width - GUTTER;
    const labels = table.head.flatMap((row) => breakLines(row[c] ?? [], width, { size: LABEL.size }));
    const values = table.body.flatMap((row) => breakLines(row[c] ?? [], width, { size: VALUE.size }));
    return { col, labels, values, height: labels.length * LABEL.leading + values.length * VALUE.leading };
  });
  const height = Math.max(0, ...stacks.map((s) => s.height));
  flow.ensure(height);
  const top = flow.y;
  for (const { col, labels, values } of stacks) {
    let y = top;
    for (const line of labels) {
      drawLine(flow, line, LABEL, { x: col.x, width: col.width - GUTTER, top: y });
      y += LABEL.leading;
    }
    for (const line of values) {
      drawLine(flow, line, VALUE, { x: col.x, width: col.width - GUTTER, top: y });
      y += VALUE.leading;
    }
  }
  flow.y = top + height;
}
