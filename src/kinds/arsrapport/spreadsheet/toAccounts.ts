import { ARTSKONTO_KEYS, MELLOMVAERENDE_KEYS } from '../schema.js';
import { ARTSKONTO_COLUMNS, BEVILGNING_COLUMNS, BEVILGNING_REQUIRED, CAPITAL_COLUMNS, FIRST_INCOME_CHAPTER, NOTE_8_COLUMNS, NOTE_COLUMNS, SHEETS } from './layout.js';
import { cellRef, type CellValue, type Sheet } from './readSpreadsheet.js';

/** A cell that could not be read, named by its reference ("Bevilgning!I7"). */
export interface CellProblem {
  cell: string;
  message: string;
}

type Row = Record<string, unknown>;

/** Reads one sheet's rows by its header row; every value read goes through `cell`, which records problems. */
class SheetReader<K extends string> {
  private readonly columns = new Map<K, number>();

  constructor(readonly sheet: Sheet, headers: Record<K, string>, required: readonly NoInfer<K>[], readonly problems: CellProblem[]) {
    const header = (sheet.rows[0] ?? []).map((h) => (typeof h === 'string' ? h.trim().toLowerCase() : ''));
    for (const [key, text] of Object.entries(headers) as Array<[K, string]>) {
      const column = header.indexOf(text.toLowerCase());
      if (column >= 0) this.columns.set(key, column);
      else if (required.includes(key)) problems.push({ cell: `${sheet.name}!1`, message: `mangler kolonnen «${text}» i overskriftsraden` });
    }
  }

  /** The data rows (after the header) that have any value. */
  rows(): number[] {
    return this.sheet.rows.map((_, r) => r).filter((r) => r > 0 && this.sheet.rows[r].some((v) => v !== undefined && String(v).trim() !== ''));
  }

  private raw(row: number, key: K): { value: CellValue; ref: string } | undefined {
    const column = this.columns.get(key);
    if (column === undefined) return undefined;
    return { value: this.sheet.rows[row][column], ref: cellRef(this.sheet.name, row, column) };
  }

  text(row: number, key: K): string | undefined {
    const v = this.raw(row, key)?.value;
    return v === undefined ? undefined : String(v).trim() || undefined;
  }

  /** An amount: a number, or text as Norwegian writes it ("1 234 567,4", "−6 437 858"). */
  amount(row: number, key: K): number | undefined {
    const cell = this.raw(row, key);
    if (!cell || cell.value === undefined) return undefined;
    if (typeof cell.value === 'number') return cell.value;
    const text = String(cell.value).trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^[−–]/, '-');
    if (text === '' || text === '-') return undefined;
    if (/^-?\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    this.problems.push({ cell: cell.ref, message: `forventet et beløp, fant «${String(cell.value)}»` });
    return undefined;
  }

  whole(row: number, key: K): number | undefined {
    const n = this.amount(row, key);
    if (n !== undefined && !Number.isInteger(n)) this.problems.push({ cell: this.raw(row, key)!.ref, message: `forventet et helt tall, fant ${n}` });
    return n;
  }

  ref(row: number, key: K): string {
    return this.raw(row, key)?.ref ?? `${this.sheet.name}!${row + 1}`;
  }
}

const defined = (o: Row): Row => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function bevilgning(sheet: Sheet, problems: CellProblem[]): { utgifter: Row[]; inntekter: Row[] } {
  const s = new SheetReader(sheet, BEVILGNING_COLUMNS, BEVILGNING_REQUIRED, problems);
  const utgifter: Row[] = [];
  const inntekter: Row[] = [];
  for (const r of s.rows()) {
    const kap = s.whole(r, 'kap');
    const base = { kap, navn: s.text(r, 'navn'), post: s.whole(r, 'post'), posttekst: s.text(r, 'posttekst') };
    const samlet = s.amount(r, 'samlet');
    if (kap !== undefined && kap >= FIRST_INCOME_CHAPTER) {
      inntekter.push(defined({ ...base, samlet_tildeling: samlet, regnskap: s.amount(r, 'regnskap'), felleskapittel: /^(ja|x|sann|true)$/i.test(s.text(r, 'felleskapittel') ?? '') || undefined }));
      continue;
    }
    const overført = s.amount(r, 'overført');
    let årets = s.amount(r, 'årets');
    // Samlet tildeling is overført + årets: given alone it is this year's allocation, given with them it must agree.
    if (årets === undefined && overført === undefined) årets = samlet;
    else if (samlet !== undefined && Math.abs((overført ?? 0) + (årets ?? 0) - samlet) > 0.005) {
      problems.push({ cell: s.ref(r, 'samlet'), message: `samlet tildeling ${samlet} er ikke overført fra i fjor + årets tildelinger (${(overført ?? 0) + (årets ?? 0)})` });
    }
    const stikkord = s.text(r, 'stikkord');
    utgifter.push(defined({
      ...base, stikkord: stikkord ? stikkord.split(/\s*;\s*/) : undefined, overført_fra_i_fjor: overført, årets_tildelinger: årets,
      fjorårets_tildeling: s.amount(r, 'fjoråret'), regnskap: s.amount(r, 'regnskap'), merinntekter: s.amount(r, 'merinntekter'),
      utgiftsført_av_andre: s.amount(r, 'andre'), omdisponering: s.amount(r, 'omdisponering'), innsparinger: s.amount(r, 'innsparinger'),
    }));
  }
  return { utgifter, inntekter };
}

function artskonto(sheet: Sheet, problems: CellProblem[]): { artskonto: Row; mellomværende?: Row } {
  const s = new SheetReader(sheet, ARTSKONTO_COLUMNS, ['linje', 'iÅr', 'iFjor'], problems);
  const lines: Row = {};
  const balances: Row = {};
  for (const r of s.rows()) {
    const key = s.text(r, 'linje') ?? '';
    const value = [s.amount(r, 'iÅr') ?? 0, s.amount(r, 'iFjor') ?? 0];
    if ((ARTSKONTO_KEYS as readonly string[]).includes(key)) lines[key] = value;
    else if ((MELLOMVAERENDE_KEYS as readonly string[]).includes(key)) balances[key] = value;
    else problems.push({ cell: s.ref(r, 'linje'), message: `ukjent linje «${key}»; kjente linjer er ${[...ARTSKONTO_KEYS, ...MELLOMVAERENDE_KEYS].join(', ')}` });
  }
  return { artskonto: lines, ...(Object.keys(balances).length > 0 ? { mellomværende: balances } : {}) };
}

function noter(sheet: Sheet, problems: CellProblem[]): Row[] {
  const s = new SheetReader(sheet, NOTE_COLUMNS, ['nr', 'tekst', 'iÅr', 'iFjor'], problems);
  const notes = new Map<number, Row & { linjer: Row[]; tillegg: Row[] }>();
  for (const r of s.rows()) {
    const nr = s.whole(r, 'nr');
    if (nr === undefined) {
      problems.push({ cell: s.ref(r, 'nr'), message: 'raden mangler notenummer' });
      continue;
    }
    const note = notes.get(nr) ?? { nr, linjer: [], tillegg: [] };
    notes.set(nr, note);
    note.tittel ??= s.text(r, 'tittel');
    note.artskonto ??= s.text(r, 'artskonto');
    const type = (s.text(r, 'type') ?? 'linje').toLowerCase();
    const tekst = s.text(r, 'tekst');
    if (type === 'sumtekst') note.sumtekst = tekst;
    else if (type === 'merknad') note.merknad = note.merknad ? `${String(note.merknad)}\n\n${tekst ?? ''}` : tekst;
    else if (type === 'tillegg') note.tillegg.push({ tekst, verdi: [s.text(r, 'iÅr') ?? '', s.text(r, 'iFjor') ?? ''] });
    else if (type === 'linje') note.linjer.push({ tekst, beløp: [s.amount(r, 'iÅr') ?? 0, s.amount(r, 'iFjor') ?? 0] });
    else problems.push({ cell: s.ref(r, 'type'), message: `ukjent type «${type}»; bruk linje, sumtekst, tillegg eller merknad` });
  }
  return [...notes.values()].map((n) => defined({ ...n, tillegg: n.tillegg.length > 0 ? n.tillegg : undefined }));
}

function kapitalkontoer(sheet: Sheet, problems: CellProblem[]): Row[] {
  const s = new SheetReader(sheet, CAPITAL_COLUMNS, ['konto', 'tekst', 'beløp'], problems);
  return s.rows().map((r) => ({ konto: s.text(r, 'konto'), tekst: s.text(r, 'tekst'), beløp: s.amount(r, 'beløp') ?? 0 }));
}

function note8(sheet: Sheet, problems: CellProblem[]): Row[] {
  const s = new SheetReader(sheet, NOTE_8_COLUMNS, ['gruppe', 'tekst', 'avregning', 'mellomværende'], problems);
  return s.rows().map((r) => ({ gruppe: s.text(r, 'gruppe')?.toLowerCase(), tekst: s.text(r, 'tekst'), avregning: s.amount(r, 'avregning') ?? 0, mellomværende: s.amount(r, 'mellomværende') ?? 0 }));
}

/** regnskap.yaml's data from the sheets of the declared layout (layout.ts); the schema and the sums are checked after. */
export function sheetsToAccounts(sheets: readonly Sheet[]): { data: Row; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const find = (name: string) => sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
  const data: Row = {};
  const b = find(SHEETS.bevilgning);
  if (!b) problems.push({ cell: SHEETS.bevilgning, message: `arbeidsboken mangler arket «${SHEETS.bevilgning}»` });
  else Object.assign(data, bevilgning(b, problems));
  const a = find(SHEETS.artskonto);
  if (a) Object.assign(data, artskonto(a, problems));
  else data.artskonto = {};
  const k = find(SHEETS.kapitalkontoer);
  if (k) data.kapitalkontoer = kapitalkontoer(k, problems);
  const n8 = find(SHEETS.note8);
  if (n8) data.note_8 = note8(n8, problems);
  const n = find(SHEETS.noter);
  if (n) data.noter = noter(n, problems);
  return { data, problems };
}
