import type { Letterhead, Table } from '../model/document.js';

/** Relative widths of the reference fields ("Deres ref", "Vår ref", "Dato"), the same in every writer. */
const REFERENCE_WIDTHS = [11, 9, 6];

/** The letterhead's reference fields as a table: a row of labels over a row of values. */
export function referenceTable(letterhead: Letterhead): Table {
  const cell = (text: string) => (text ? [{ text }] : []);
  return {
    type: 'table',
    columns: letterhead.references.map((_, k) => ({ kind: 'text', align: 'left', width: REFERENCE_WIDTHS[k] ?? REFERENCE_WIDTHS[REFERENCE_WIDTHS.length - 1] })),
    head: [letterhead.references.map((r) => cell(r.label))],
    body: [letterhead.references.map((r) => cell(r.value))],
    foot: [],
  };
}

/** The recipient's address as one paragraph's runs, a line break between the lines. */
export function recipientRuns(letterhead: Letterhead): Array<{ text: string }> {
  return letterhead.recipient.flatMap((line, k) => (k === 0 ? [{ text: line }] : [{ text: '\n' }, { text: line }]));
}
