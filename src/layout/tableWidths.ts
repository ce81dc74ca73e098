import type { Cell, Run, Table } from '../model/document.js';
import { fontKey, getMeasurer } from './fonts.js';
import { TABLE, TABLE_TEXT } from './theme.js';
import { breakLines } from './text/lineBreak.js';

/** A longer word in a text column is hyphenated rather than widening its column further. */
const TEXT_MIN = 70;

/** Column widths of a table, in points, and whether the table fits the width it was given. */
export interface TableWidths {
  widths: number[];
  fits: boolean;
}

export const columnCount = (table: Table): number =>
  Math.max(1, table.columns.length, ...[...table.head, ...table.body, ...table.foot].map((row) => row.length));

/** Cells of amount, date and id columns are single tokens: never broken, so their column is at least that wide. */
export const isUnbreakable = (table: Table, column: number, header: boolean): boolean =>
  !header && (table.columns[column]?.kind ?? 'text') !== 'text';

const oneLine = (cell: Cell, bold: boolean): number =>
  breakLines(cell, Number.POSITIVE_INFINITY, { size: TABLE_TEXT.size, bold, nowrap: true }).reduce((w, line) => Math.max(w, line.width), 0);

function widestWord(cell: Cell, bold: boolean): number {
  const measurer = getMeasurer();
  return cell.reduce((widest: number, run: Run) => {
    const font = fontKey(bold || run.bold, run.italic);
    return run.text.split(/[ \t\n]+/).reduce((w, word) => Math.max(w, measurer.width(word, font, TABLE_TEXT.size)), widest);
  }, 0);
}

/**
 * Widths as a browser's automatic table layout makes them: every column gets at least its minimum (its widest
 * unbreakable token) and, when there is room, a header that fits on one line; the declared relative widths are the
 * preference the rest of the width is shared by.
 */
export function columnWidths(table: Table, available: number): TableWidths {
  // Keep-with-next, the table itself and the DOCX ask for the same table's widths again and again.
  let byWidth = computed.get(table);
  if (!byWidth) computed.set(table, (byWidth = new Map()));
  let widths = byWidth.get(available);
  if (!widths) byWidth.set(available, (widths = computeWidths(table, available)));
  return widths;
}

const computed = new WeakMap<Table, Map<number, TableWidths>>();

/** The least width of a text column whose words may all be hyphenated. */
const TEXT_FLOOR = 24;

/**
 * Each column's width below which its content cannot be set at all: amount, date and id tokens on one line, text
 * columns hyphenated down to TEXT_FLOOR. Narrower than minimumWidths, which keeps whole words of up to TEXT_MIN.
 */
export function unbreakableWidths(table: Table): number[] {
  const pad = 2 * TABLE.padX;
  return Array.from({ length: columnCount(table) }, (_, c) => {
    if (!isUnbreakable(table, c, false)) return TEXT_FLOOR + pad;
    // An amount is one token (its groups joined by no-break spaces); a cell with ordinary spaces, such as a draft's
    // placeholder, is words that may wrap.
    const widest = [...table.body, ...table.foot].reduce((w, row) => {
      const cell = row[c] ?? [];
      return Math.max(w, cell.some((run) => run.text.includes(' ')) ? widestWord(cell, false) : oneLine(cell, false));
    }, 0);
    return Math.ceil(widest) + 1 + pad;
  });
}

/** Each column's least width, in points: its widest unbreakable token, or its longest word up to TEXT_MIN, padded. */
export function minimumWidths(table: Table): number[] {
  const pad = 2 * TABLE.padX;
  return Array.from({ length: columnCount(table) }, (_, c) => {
    let min = 0;
    for (const row of table.head) min = Math.max(min, Math.min(widestWord(row[c] ?? [], true), TEXT_MIN));
    for (const row of [...table.body, ...table.foot]) {
      const cell = row[c] ?? [];
      min = Math.max(min, isUnbreakable(table, c, false) ? oneLine(cell, false) : Math.min(widestWord(cell, false), TEXT_MIN));
    }
    // A point to spare: Word and LibreOffice round widths to twips and must not find the word a hair too wide.
    return Math.ceil(min) + 1 + pad;
  });
}

function computeWidths(table: Table, available: number): TableWidths {
  const count = columnCount(table);
  const declared = table.columns.map((c) => c.width);
  const given = declared.filter((w) => Number.isFinite(w) && w > 0);
  const fallback = given.length > 0 ? given.reduce((a, b) => a + b, 0) / given.length : 1;
  const weights = Array.from({ length: count }, (_, i) => (Number.isFinite(declared[i]) && declared[i] > 0 ? declared[i] : fallback));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const pad = 2 * TABLE.padX;

  const minimum = minimumWidths(table);
  const headerLine = weights.map((_, c) => Math.max(0, ...table.head.map((row) => Math.ceil(oneLine(row[c] ?? [], true)) + pad)));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const minSum = sum(minimum);
  if (minSum > available) return { widths: weights.map((w) => (w / weightSum) * available), fits: false };

  const preferred = weights.map((_, c) =>
    Math.max(headerLine[c], ...[...table.body, ...table.foot].map((row) => Math.ceil(oneLine(row[c] ?? [], false)) + pad)));
  const soft = minimum.map((min, c) => Math.max(min, headerLine[c]));
  const floor = sum(soft) <= available ? soft : minimum;
  // A column takes its share of the declared widths, but no less than its floor and no more than its content needs.
  const widths = weights.map((w, c) => Math.min(Math.max((w / weightSum) * available, floor[c]), Math.max(preferred[c], floor[c])));
  const excess = sum(widths) - available;
  if (excess > 0) {
    const shrinkable = sum(widths.map((w, c) => w - floor[c]));
    return { widths: widths.map((w, c) => w - ((w - floor[c]) * excess) / shrinkable), fits: true };
  }
  return { widths: share(widths, preferred, weights, available), fits: true };
}

/** Room left over goes to the columns whose content wants more, by their declared weights; the rest to all of them. */
function share(widths: number[], preferred: number[], weights: number[], available: number): number[] {
  const result = [...widths];
  const left = () => available - result.reduce((a, b) => a + b, 0);
  for (let pass = 0; pass < result.length && left() > 0.01; pass++) {
    const wanting = result.map((_, c) => c).filter((c) => result[c] < preferred[c] - 0.01);
    if (wanting.length === 0) break;
    const extra = left();
    const weightSum = wanting.reduce((a, c) => a + weights[c], 0);
    for (const c of wanting) result[c] = Math.min(preferred[c], result[c] + (extra * weights[c]) / weightSum);
  }
  const extra = left();
  const weightSum = weights.reduce((a, b) => a + b, 0);
  return result.map((w, c) => w + (extra * weights[c]) / weightSum);
}
