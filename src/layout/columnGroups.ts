import type { Table } from '../model/document.js';
import { columnWidths, minimumWidths } from './tableWidths.js';

/** The same rows with only the given columns. */
function pick(table: Table, columns: number[]): Table {
  const rows = (rows: Table['body']) => rows.map((row) => columns.map((c) => row[c] ?? []));
  return {
    type: 'table',
    columns: columns.flatMap((c) => (table.columns[c] ? [table.columns[c]] : [])),
    head: rows(table.head), body: rows(table.body), foot: rows(table.foot),
  };
}

/**
 * A table that does not fit the width even at its columns' minimum widths, as tables of column groups that do, each
 * starting with the first (label) column, so every row can still be read by its label. A table that fits is itself.
 */
export function columnGroups(table: Table, available: number): Table[] {
  if (columnWidths(table, available).fits) return [table];
  const minimum = minimumWidths(table);
  const groups: number[][] = [];
  let group = [0];
  let used = minimum[0];
  for (let c = 1; c < minimum.length; c++) {
    if (group.length > 1 && used + minimum[c] > available) {
      groups.push(group);
      group = [0];
      used = minimum[0];
    }
    group.push(c);
    used += minimum[c];
  }
  groups.push(group);
  return groups.length > 1 ? groups.map((columns) => pick(table, columns)) : [table];
}
