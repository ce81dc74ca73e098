import type { Table } from '../model/document.js';
import { columnWidths, minimumWidths, unbreakableWidths } from './tableWidths.js';

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
 * A table that cannot be set in the width at all, even with its headers and text hyphenated (unbreakableWidths), as
 * tables of column groups that each fit at their minimum widths, each starting with the first (label) column, so
 * every row can still be read by its label. Any other table is itself.
 */
export function columnGroups(table: Table, available: number): Table[] {
  if (columnWidths(table, available).fits || unbreakableWidths(table).reduce((a, b) => a + b, 0) <= available) return [table];
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
