import type { Cell } from '../../model/document.js';
import { formatNumber } from '../../format/numbers.js';
import { bold, plain, table as makeTable, type ColumnSpec } from '../../compose/cells.js';
import type { Accounts } from './schema.js';
import { capitalAccounts, note8 } from './accounts.js';
import type { ReportTable } from './tables.js';
import type { ReportTexts } from './texts.js';

const kr = (n: number): Cell => plain(formatNumber(n));
const boldKr = (n: number): Cell => bold(formatNumber(n));
const text = (header: string, width: number): ColumnSpec => ({ header, kind: 'text', width });
const amount = (header: string, width: number): ColumnSpec => ({ header, kind: 'amount', width });
const id = (header: string, width: number): ColumnSpec => ({ header, kind: 'id', width });

/** The mellomværende account in the capital accounts. */
const MELLOMVAERENDE_ACCOUNT = '705005';

/** The lower part of the bevilgningsrapportering: kapitalkontoer and the balance reported to the capital accounts. */
export function capitalAccountTables(a: Accounts, year: number, t: ReportTexts): ReportTable[] {
  const c = capitalAccounts(a);
  const accounts = makeTable([id(t.konto, 14), text(t.tekst, 56), amount(String(year), 20)], [
    ...a.kapitalkontoer.map((k) => [plain(k.konto), plain(k.tekst), typeof k.beløp === 'number' ? kr(k.beløp) : plain(k.beløp)]),
    [plain(MELLOMVAERENDE_ACCOUNT), plain(t.endring_mellomværende), kr(c.endring)],
    // As in the standard form: the sum is shown as the net reported, which the accounts balance.
    [[], bold(t.sum_rapportert), boldKr(-c.sum)],
  ]);
  const out: ReportTable[] = [{ overskrift: t.kapitalkontoer, table: accounts, merknad: null }];
  if (c.mellomværende) {
    const [now, before] = c.mellomværende;
    out.push({ overskrift: t.beholdninger, merknad: null, table: makeTable(
      [id(t.konto, 12), text(t.tekst, 34), amount(`31.12.${year}`, 15), amount(`31.12.${year - 1}`, 15), amount(t.endring, 14)],
      [[plain(MELLOMVAERENDE_ACCOUNT), plain(t.mellomværende_konto), kr(now), kr(before), kr(now - before)]]) });
  }
  return out;
}

/**
 * Note 8 part A: booked settlement against reported mellomværende, by group, with the differences computed. No heading
 * of its own: the chapter that places it carries the note's title.
 */
export function note8Table(a: Accounts, year: number, t: ReportTexts): ReportTable {
  const n = note8(a);
  const names = t.note_8_grupper.split('|');
  const row = (label: Cell, v: [number, number, number], strong = false): Cell[] => [label, ...v.map(strong ? boldKr : kr)];
  const rows = n.groups.flatMap((g, i) => [
    [bold(names[i]), [], [], []],
    ...g.lines.map((l) => row(plain(l.tekst), l.values)),
    row(bold(t.sum), g.sum, true),
  ]);
  rows.push(row(bold(t.sum), n.total, true));
  return {
    overskrift: null, merknad: null,
    table: makeTable([text('', 37), amount(`31.12.${year} ${t.bokført_avregning}`, 21), amount(`31.12.${year} ${t.rapportert_mellomværende}`, 21), amount(t.forskjell, 15)], rows),
  };
}
