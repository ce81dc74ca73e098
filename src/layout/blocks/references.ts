import type { Cell, Table } from '../../model/document.js';
import { structChild } from '../structure.js';
import { LETTERHEAD, type TextStyle } from '../theme.js';
import { breakLines } from '../text/lineBreak.js';
import { drawLine } from '../text/drawLine.js';
import type { LayoutContext } from './context.js';
import { columns, rowNodes } from './table.js';

const { label: LABEL, value: VALUE } = LETTERHEAD;
const GUTTER = 8;

/** The letterhead's reference block ("Deres ref", "Vår ref", "Dato"): no rules; each label small with its value below. */
export function layoutReferences(table: Table, ctx: LayoutContext): void {
  const { flow } = ctx;
  const cols = columns(table, ctx.x, ctx.width);
  // Still a table for assistive technology: a header row of labels and a row of values.
  const tableNode = structChild('Table', flow.node);
  const thead = structChild('THead', tableNode);
  const tbody = structChild('TBody', tableNode);
  const headRows = table.head.map(() => rowNodes(thead, cols.length, true));
  const bodyRows = table.body.map(() => rowNodes(tbody, cols.length, false));
  const cellsOf = (rows: Cell[][], c: number, size: number, nodes: ReturnType<typeof rowNodes>[]) =>
    rows.map((row, r) => ({ node: nodes[r].cells[c], lines: breakLines(row[c] ?? [], cols[c].width - GUTTER, { size }) }));
  const stacks = cols.map((col, c) => {
    const labels = cellsOf(table.head, c, LABEL.size, headRows);
    const values = cellsOf(table.body, c, VALUE.size, bodyRows);
    const lineCount = (cells: typeof labels) => cells.reduce((sum, cell) => sum + cell.lines.length, 0);
    return { col, labels, values, height: lineCount(labels) * LABEL.leading + lineCount(values) * VALUE.leading };
  });
  const height = Math.max(0, ...stacks.map((s) => s.height));
  flow.ensure(height);
  const top = flow.y;
  for (const { col, labels, values } of stacks) {
    let y = top;
    const place = (cells: typeof labels, style: TextStyle) => {
      for (const cell of cells) {
        flow.within(cell.node, () => {
          flow.push({ kind: 'node' });
          for (const line of cell.lines) {
            drawLine(flow, line, style, { x: col.x, width: col.width - GUTTER, top: y });
            y += style.leading;
          }
        });
      }
    };
    place(labels, LABEL);
    place(values, VALUE);
  }
  flow.y = top + height;
}
