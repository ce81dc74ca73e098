import type { Cell, Table } from '../../model/document.js';
import type { Flow } from '../flow.js';
import { ARTIFACT, structChild, type StructNode } from '../structure.js';
import { TABLE, TABLE_TEXT, SPACING } from '../theme.js';
import { breakLines, type Line } from '../text/lineBreak.js';
import { drawLine } from '../text/drawLine.js';
import type { LayoutContext } from './context.js';
import { columnGroups } from '../columnGroups.js';
import { columnWidths, isUnbreakable } from '../tableWidths.js';

interface Column {
  x: number;
  width: number;
}

interface RowLayout {
  cells: Line[][];
  lineCount: number;
  header: boolean;
  /** The row's TR and its TH/TD elements, made when the row is first drawn (a row split over pages keeps them). */
  nodes?: { row: StructNode; cells: StructNode[] };
}

/** The body rows and, after them, the total rows: drawn alike. */
const bodyRows = (table: Table) => [...table.body, ...table.foot];

interface Columns extends Array<Column> {
  /** False when even the columns' minimum widths exceed the text width: cells may then break inside tokens. */
  fits: boolean;
}

/** Columns sized from their content and the declared relative widths (see tableWidths.ts). */
export function columns(table: Table, x: number, width: number): Columns {
  const { widths, fits } = columnWidths(table, width);
  let left = x;
  const cols = widths.map((w) => {
    const col = { x: left, width: w };
    left += w;
    return col;
  });
  return Object.assign(cols, { fits });
}

function rowLayout(table: Table, row: Cell[], cols: Columns, header: boolean): RowLayout {
  const cells = cols.map((col, c) =>
    breakLines(row[c] ?? [], col.width - 2 * TABLE.padX, { size: TABLE_TEXT.size, bold: header, nowrap: cols.fits && isUnbreakable(table, c, header) }));
  return { cells, lineCount: Math.max(1, ...cells.map((lines) => lines.length)), header };
}

const rowHeight = (lineCount: number) => lineCount * TABLE_TEXT.leading + 2 * TABLE.padY;

function rule(flow: Flow, x: number, width: number, y: number, strong: boolean): void {
  flow.push({
    kind: 'rule', x1: x, x2: x + width, y1: y, y2: y,
    width: strong ? TABLE.headerRuleWidth : TABLE.ruleWidth,
    color: strong ? TABLE.headerRule : TABLE.rule,
  });
}

/** TR with TH (header rows, column scope) or TD elements, under `group` (THead or TBody). */
export function rowNodes(group: StructNode, columnCount: number, header: boolean): NonNullable<RowLayout['nodes']> {
  const row = structChild('TR', group);
  return { row, cells: Array.from({ length: columnCount }, () => structChild(header ? 'TH' : 'TD', row, header ? 'Column' : undefined)) };
}

/**
 * Draws lines [from, to) of every cell of a row at the flow's position and advances past them. `group` is the THead or
 * TBody node, or ARTIFACT for header rows repeated on a continuation page.
 */
function drawRow(flow: Flow, table: Table, cols: Column[], row: RowLayout, from: number, to: number, group: StructNode): void {
  const height = rowHeight(to - from);
  const x = cols[0].x;
  const width = cols.reduce((sum, col) => sum + col.width, 0);
  const nodes = group === ARTIFACT ? undefined : (row.nodes ??= rowNodes(group, cols.length, row.header));
  if (row.header) flow.push({ kind: 'rect', x, y: flow.y, w: width, h: height, fill: TABLE.headerFill });
  cols.forEach((col, c) => {
    flow.within(nodes?.cells[c] ?? ARTIFACT, () => {
      // An empty cell still gets its element, so that every row has all its cells.
      if (nodes && from === 0) flow.push({ kind: 'node' });
      row.cells[c].slice(from, to).forEach((line, i) => {
        drawLine(flow, line, TABLE_TEXT, {
          x: col.x + TABLE.padX, width: col.width - 2 * TABLE.padX,
          top: flow.y + TABLE.padY + i * TABLE_TEXT.leading, align: table.columns[c]?.align ?? 'left',
        });
      });
    });
  });
  flow.y += height;
  rule(flow, x, width, flow.y, row.header);
}

export function tableLeadHeight(wide: Table, ctx: LayoutContext): number {
  const table = columnGroups(wide, ctx.width)[0];
  const cols = columns(table, ctx.x, ctx.width);
  const rows = [...table.head.map((r) => rowLayout(table, r, cols, true)), ...bodyRows(table).slice(0, 1).map((r) => rowLayout(table, r, cols, false))];
  return rows.reduce((sum, row) => sum + rowHeight(row.lineCount), 0);
}

/**
 * A table too wide for the text width is drawn as column groups, one after the other (columnGroups.ts).
 * `following` is the height that must share a page with the last row. Own table layout (pdfkit's doc.table() does not repeat header rows): header rows are drawn at the start and again
 * at the top of each continuation page; a body row moves whole to the next page unless it is taller than a page.
 */
export function layoutTable(wide: Table, ctx: LayoutContext, following = 0): void {
  const groups = columnGroups(wide, ctx.width);
  groups.forEach((group, i) => layoutGroup(group, ctx, i === groups.length - 1 ? following : 0));
}

function layoutGroup(table: Table, ctx: LayoutContext, following: number): void {
  const { flow } = ctx;
  const cols = columns(table, ctx.x, ctx.width);
  const head = table.head.map((r) => rowLayout(table, r, cols, true));
  const body = bodyRows(table).map((r) => rowLayout(table, r, cols, false));
  const headHeight = head.reduce((sum, row) => sum + rowHeight(row.lineCount), 0);
  const totalWidth = cols.reduce((sum, col) => sum + col.width, 0);
  const tableNode = structChild('Table', flow.node);
  const thead = structChild('THead', tableNode);
  const tbody = structChild('TBody', tableNode);

  /** The header rows; their repetitions on continuation pages are artifacts. */
  const drawHead = (repeat: boolean) => {
    if (head.length === 0) return;
    rule(flow, ctx.x, totalWidth, flow.y, true);
    for (const row of head) drawRow(flow, table, cols, row, 0, row.lineCount, repeat ? ARTIFACT : thead);
  };
  const continueOnNewPage = () => {
    flow.newPage();
    drawHead(true);
  };

  flow.ensure(headHeight + (body[0] ? rowHeight(body[0].lineCount) : 0));
  drawHead(false);
  if (head.length === 0) rule(flow, ctx.x, totalWidth, flow.y, false);
  const last = body[body.length - 1];
  for (const row of body) {
    const height = rowHeight(row.lineCount);
    // The last row goes with what must follow the table (a signature block), when both fit on a page.
    const keep = row === last && height + following <= flow.fullPageHeight - headHeight ? following : 0;
    if (flow.fits(height + keep)) {
      drawRow(flow, table, cols, row, 0, row.lineCount, tbody);
      continue;
    }
    if (height <= flow.fullPageHeight - headHeight) {
      continueOnNewPage();
      drawRow(flow, table, cols, row, 0, row.lineCount, tbody);
      continue;
    }
    // Taller than a page: split between lines.
    let from = 0;
    while (from < row.lineCount) {
      const room = Math.floor((flow.remaining - 2 * TABLE.padY) / TABLE_TEXT.leading);
      if (room < 1) {
        continueOnNewPage();
        continue;
      }
      const to = Math.min(row.lineCount, from + room);
      drawRow(flow, table, cols, row, from, to, tbody);
      from = to;
      if (from < row.lineCount) continueOnNewPage();
    }
  }
  flow.space(SPACING.block);
}
