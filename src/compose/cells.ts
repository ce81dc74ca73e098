import type { Align, Cell, ColumnKind, Run, Table, TableColumn } from '../model/document.js';

/** Plain text as a cell; its line breaks stay line breaks. */
export function plain(text: string, style: Omit<Run, 'text'> = {}): Cell {
  if (text === '') return [];
  return text.split('\n').flatMap((line, k): Run[] => [...(k > 0 ? [{ text: '\n' }] : []), ...(line ? [{ ...style, text: line }] : [])]);
}

export const bold = (text: string): Cell => plain(text, { bold: true });
export const italic = (text: string): Cell => plain(text, { italic: true });

/** "**SP 1:** Tekst": a bold label and plain text after it. */
export const labelled = (label: string, text: string): Cell => [...bold(label), ...plain(` ${text}`)];

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Relative width. */
  width: number;
  /** Amounts align right unless told otherwise; everything else left. */
  align?: Align;
}

/** A generated table: header from the column specs, body and total rows as cells. */
export function table(columns: readonly ColumnSpec[], body: Cell[][], foot: Cell[][] = []): Table {
  const cols = columns.map((c): TableColumn => ({ kind: c.kind, width: c.width, align: c.align ?? (c.kind === 'amount' ? 'right' : 'left') }));
  const head = columns.every((c) => c.header === '') ? [] : [columns.map((c) => plain(c.header))];
  return { type: 'table', columns: cols, head, body, foot };
}

/** A column described once: its header and kind, and how it reads a row of data. */
export interface DataColumn<Row> extends ColumnSpec {
  cell: (row: Row) => Cell;
  /** The column's entry in the total row, when the table has one. */
  total?: (rows: readonly Row[]) => Cell;
}

/**
 * A table whose rows come from data, one column definition per column. When a column has a total, a
 * total row follows the body, labelled `totalLabel` in the first column.
 */
export function dataTable<Row>(columns: readonly DataColumn<Row>[], rows: readonly Row[], totalLabel?: string): Table {
  const body = rows.map((row) => columns.map((c) => c.cell(row)));
  const hasTotal = columns.some((c) => c.total);
  const foot = hasTotal ? [columns.map((c, k) => c.total?.(rows) ?? (k === 0 && totalLabel ? bold(totalLabel) : []))] : [];
  return table(columns, body, foot);
}
