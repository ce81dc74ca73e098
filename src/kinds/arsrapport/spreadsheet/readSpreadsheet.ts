import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { onPath } from '../../../load/fileSystemError.js';

/** A cell's value as the sheet holds it (a formula's last result), or undefined when empty. */
export type CellValue = string | number | boolean | undefined;

export interface Sheet {
  name: string;
  /** rows[r][c], both from 0; the cell reference is `${name}!${column letter}${r + 1}`. */
  rows: CellValue[][];
}

export const cellRef = (sheet: string, row: number, column: number): string => `${sheet}!${columnLetters(column)}${row + 1}`;

function columnLetters(column: number): string {
  let s = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type ExcelJs = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { formula?: string; result?: unknown; richText?: Array<{ text: string }>; text?: string; error?: string };
    if ('result' in v) return plainValue(v.result);
    // A formula the file holds no computed value for (saved by a program that does not calculate): shown as written.
    if (typeof v.formula === 'string') return `=${v.formula}`;
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}

function sheetRows(ws: Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => { cells[column - 1] = plainValue(cell.value); });
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/**
 * The sheets of an .xlsx workbook, or of a .csv file: there, a row whose first cell is «[Navn]» starts the sheet
 * «Navn», as a CSV has no sheets. CSV cells stay text (Norwegian «1 234,5» included) and are read by the converter.
 */
export async function readSpreadsheet(path: string): Promise<Sheet[]> {
  const data = onPath(path, 'lese', () => readFileSync(path));
  // Loaded only for this command: exceljs takes longer to load than a letter takes to build.
  const ExcelJS = createRequire(import.meta.url)('exceljs') as ExcelJs;
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(path)) {
    const text = data.toString('utf8').replace(/^\uFEFF/, '');
    const delimiter = (text.match(/;/g)?.length ?? 0) > (text.match(/,/g)?.length ?? 0) ? ';' : ',';
    const ws = await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter }, map: (v: unknown) => v } as never);
    return splitCsvSections(sheetRows(ws));
  }
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws) }));
}

function splitCsvSections(rows: CellValue[][]): Sheet[] {
  const sheets: Sheet[] = [];
  let current: Sheet | undefined;
  rows.forEach((row) => {
    const first = typeof row[0] === 'string' ? /^\[(.+)\]$/.exec(row[0].trim()) : null;
    if (first) {
      current = { name: first[1], rows: [] };
      sheets.push(current);
    } else if (current) current.rows.push(row);
  });
  return sheets;
}
