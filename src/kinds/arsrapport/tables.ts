import type { Cell, Table } from '../../model/document.js';
import { postNumber } from '../../format/references.js';
import { formatNumber } from '../../format/numbers.js';
import { decimalOf, decimalPlaces } from '../../format/decimal.js';
import type { Accounts, Figure, KeyFigures, Results } from './schema.js';
import { artskonto, bevilgning, derivedKeyFigures, noteA, noteB, noteSum } from './accounts.js';
import { escapeInline as escapeMarkdown } from '../../compose/markdownText.js';
import { bold, italic, labelled, plain, table as makeTable, type ColumnSpec } from '../../compose/cells.js';
import type { LetterContent } from '../tildelingsbrev/content.js';
import { fill } from '../../compose/texts.js';
import { type ReportTexts } from './texts.js';

/** A generated table of the årsrapport, with its heading and the note under it (Markdown). */
export interface ReportTable {
  overskrift: string | null;
  table: Table;
  merknad: string | null;
}

const kr = (n: number): Cell => plain(formatNumber(n));
const boldKr = (n: number): Cell => bold(formatNumber(n));
/** An accounts figure in whole kroner, as statsregnskapet shows it (the øre some lines carry only make the sums right). */
const fig = (f: Figure | null | undefined): Cell => plain(f === null || f === undefined ? '' : typeof f === 'number' ? formatNumber(f) : f);
/** A key figure as written: with the decimals it has, never rounded. */
const keyFigure = (f: Figure | null | undefined): Cell => plain(f === null || f === undefined ? '' : typeof f === 'number' ? formatNumber(f, decimalPlaces(decimalOf(f))) : f);
const empty = (n: number): Cell[] => Array.from({ length: n }, () => []);
const text = (label: string, width: number): ColumnSpec => ({ header: label, kind: 'text', width });
const amount = (label: string, width: number): ColumnSpec => ({ header: label, kind: 'amount', width });

function table(columns: ColumnSpec[], rows: Cell[][], overskrift: string | null = null, merknad: string | null = null): ReportTable {
  return { overskrift, table: makeTable(columns, rows), merknad };
}

/** Part III: «Resultatkrav i tildelingsbrevet», grouped by goal, with a column per earlier year that has results. */
export function resultsTable(r: Results, year: number, t: ReportTexts, letter?: LetterContent): ReportTable {
  const earlier = [...new Set(r.styringsparametere.flatMap((sp) => Object.keys(sp.tidligere)))].sort();
  const columns: ColumnSpec[] = [
    text(t.styringsparameter, 30),
    ...earlier.map((y) => text(fill(t.resultat, { år: y }), 14)),
    text(fill(t.krav, { år: year }), 14),
    text(fill(t.resultat, { år: year }), 14),
    text(fill(t.kommentar_år, { år: year }), 22),
  ];
  const goals = [...new Set(r.styringsparametere.map((sp) => sp.mål))].sort((a, b) => a - b);
  const rows: Cell[][] = [];
  for (const g of goals) {
    const title = letter?.goals.find((x) => x.goal.nr === g)?.goal.tittel ?? r.mål.find((x) => x.nr === g)?.tittel;
    rows.push([bold(`${t.mål} ${g}${title ? `: ${title}` : ''}`), ...empty(columns.length - 1)]);
    for (const sp of r.styringsparametere.filter((s) => s.mål === g)) {
      rows.push([
        labelled(`${sp.nr}:`, sp.tekst),
        ...earlier.map((y) => plain(sp.tidligere[y] ?? '')),
        plain(sp.krav ?? '–'),
        plain(sp.resultat),
        plain(sp.kommentar ?? ''),
      ]);
    }
  }
  return table(columns, rows, fill(t.resultatkrav_tittel, { år: year }));
}

/** Part III: every assignment with its status. */
export function assignmentsTable(r: Results, year: number, t: ReportTexts): ReportTable {
  const rows = r.oppdrag.map((o) => [labelled(`${o.id}:`, o.tittel), plain(o.status)]);
  return table([text(fill(t.oppdrag_i_brevet, { år: year }), 50), text(t.kommentar, 40)], rows, t.oppdrag);
}

/** Part II: the key figure tables and «Nøkkeltall fra årsregnskap» with the derived figures computed. */
export function keyFigureTables(k: KeyFigures, t: ReportTexts): ReportTable[] {
  const out: ReportTable[] = [];
  const years = k.år.map(String);
  for (const own of k.tabeller) {
    out.push(table([text(own.tittel, 40), ...years.map((y) => amount(y, 10))],
      own.rader.map((r) => [plain(r.tekst), ...r.verdier.map((v) => keyFigure(v))]), null, own.merknad ? escapeMarkdown(own.merknad) : null));
  }
  if (k.regnskap) {
    const r = k.regnskap;
    const derived = derivedKeyFigures(r, years.length);
    const pct = (x: number | undefined) => plain(x === undefined ? '' : formatNumber(x * 100));
    const whole = (x: number | undefined) => plain(x === undefined ? '' : formatNumber(x));
    // Allocations run to eleven digits: shown in millions so five years fit across a portrait page.
    const mill = (v: Figure) => plain(typeof v === 'number' ? formatNumber(v / 1_000_000, 1) : v);
    const label = (a: string, b: string) => [plain(a), plain(b)];
    const rows: Cell[][] = [
      [...label(t.antall_årsverk, t.antall), ...r.årsverk.map((v) => keyFigure(v))],
      ...(r.avtalte_ansatte ? [[...label(t.avtalte_ansatte, t.antall), ...r.avtalte_ansatte.map((v) => keyFigure(v))]] : []),
      ...(r.utførte_årsverk ? [[...label(t.utførte_årsverk, t.antall), ...r.utførte_årsverk.map((v) => keyFigure(v))]] : []),
      [...label(t.samlet_tildeling_01_99, t.mill_kr), ...r.samlet_tildeling.map(mill)],
      [...label(t.utnyttelsesgrad, t.prosent), ...derived.map((d) => pct(d.utnyttelsesgrad))],
      [...label(t.driftsutgifter, t.mill_kr), ...r.driftsutgifter.map(mill)],
      [...label(t.lønnsandel, t.prosent), ...derived.map((d) => pct(d.lønnsandel))],
      [...label(t.lønn_per_årsverk, t.kroner), ...derived.map((d) => whole(d.lønnPerÅrsverk))],
    ];
    out.push(table([text(t.nøkkeltall, 30), text(t.enhet, 11), ...years.map((y) => amount(y, 13))], rows, null,
      r.merknad ? escapeMarkdown(r.merknad) : t.nøkkeltall_merknad));
  }
  return out;
}

const kapPost = (kap: number, post: number) => `${String(kap).padStart(4, '0')} ${postNumber(post)}`;

/**
 * Rows grouped under a row naming their chapter, so the chapter name is shown once instead of
 * squeezed into a narrow column on every post.
 */
function byChapter<T extends { source: { kap: number; navn: string } }>(lines: readonly T[], columns: number, row: (line: T) => Cell[]): Cell[][] {
  const rows: Cell[][] = [];
  let current: number | undefined;
  for (const line of lines) {
    if (line.source.kap !== current) {
      current = line.source.kap;
      rows.push([bold(String(current).padStart(4, '0')), bold(line.source.navn), ...empty(columns - 2)]);
    }
    rows.push(row(line));
  }
  return rows;
}

/** Part VI: Oppstilling av bevilgningsrapportering. */
export function bevilgningTables(a: Accounts, year: number, t: ReportTexts): ReportTable[] {
  const b = bevilgning(a);
  const kapPostColumn: ColumnSpec = { header: t.kap_og_post, kind: 'id', width: 11 };
  const expenses = table(
    [kapPostColumn, text(t.posttekst, 37), text(t.note, 7),
      amount(t.samlet_tildeling_stjerne, 17), amount(fill(t.regnskap, { år: year }), 17), amount(t.merutgift, 17)],
    [
      ...byChapter(b.utgifter, 6, (u) => [plain(kapPost(u.source.kap, u.source.post)),
        plain([u.source.posttekst, ...u.source.stikkord].join(', ')), plain(u.notes.join(', ')), typeof u.source.årets_tildelinger === 'string' ? plain(u.source.årets_tildelinger) : typeof u.source.overført_fra_i_fjor === 'string' ? plain(u.source.overført_fra_i_fjor) : kr(u.samletTildeling), fig(u.source.regnskap), kr(u.differanse)]),
      [[], bold(t.sum_utgiftsført), [], boldKr(b.sumUtgifter.samletTildeling), boldKr(b.sumUtgifter.regnskap), boldKr(b.sumUtgifter.differanse)],
    ], fill(t.bevilgning_tittel, { år: year }));
  const income = table(
    [kapPostColumn, text(t.posttekst, 44),
      amount(t.samlet_tildeling_stjerne, 17), amount(fill(t.regnskap, { år: year }), 17), amount(t.merinntekt, 17)],
    [
      ...byChapter(b.inntekter, 5, (i) => [plain(kapPost(i.source.kap, i.source.post)), plain(i.source.posttekst),
        kr(i.samletTildeling), fig(i.source.regnskap), i.differanse === undefined ? [] : kr(i.differanse)]),
      [[], bold(t.sum_inntektsført), boldKr(b.sumInntekter.samletTildeling), boldKr(b.sumInntekter.regnskap), []],
      [[], bold(t.netto_bevilgning), [], boldKr(b.netto), []],
    ], null, t.bevilgning_merknad);
  return [expenses, income];
}

export function noteATable(a: Accounts, t: ReportTexts): ReportTable {
  const rows = noteA(bevilgning(a)).map((n) => [plain(kapPost(n.kap, n.post)), n.overførtFraIFjor ? kr(n.overførtFraIFjor) : [], kr(n.åretsTildelinger), kr(n.samletTildeling)]);
  return table([{ header: t.kapittel_og_post, kind: 'id', width: 12 }, amount(t.overført_fra_i_fjor, 16), amount(t.årets_tildelinger, 16), amount(t.samlet_tildeling, 16)],
    rows, t.note_a_tittel);
}

/** Note B, one column per post (the calculation reads downwards, so it fits a portrait page). */
export function noteBTable(a: Accounts, t: ReportTexts): ReportTable {
  const lines = noteB(bevilgning(a));
  const row = (label: Cell, f: (n: (typeof lines)[number]) => Cell) => [label, ...lines.map(f)];
  const rows = [
    row(plain(t.stikkord), (n) => plain(n.kanOverføres ? t.kan_overføres : '')),
    row(plain(t.b_differanse), (n) => kr(n.differanse)),
    row(plain(t.b_utgiftsført_av_andre), (n) => kr(n.utgiftsførtAvAndre)),
    row(plain(t.b_etter_belastning), (n) => kr(n.etterBelastning)),
    row(plain(t.b_merinntekter), (n) => kr(n.merinntekter)),
    row(plain(t.b_omdisponering), (n) => kr(n.omdisponering)),
    row(plain(t.b_innsparinger), (n) => kr(n.innsparinger)),
    row(bold(t.b_grunnlag), (n) => boldKr(n.grunnlag)),
    row(plain(t.b_maks), (n) => kr(n.maks)),
    row(bold(t.b_mulig), (n) => boldKr(n.muligOverførbart)),
  ];
  return table([text(t.kapittel_og_post, 40), ...lines.map((n) => amount(kapPost(n.source.kap, n.source.post), 18))], rows,
    t.note_b_tittel, t.note_b_merknad);
}

/** Part VI: Oppstilling av artskontorapportering, with the sums computed. */
export function artskontoTables(a: Accounts, year: number, t: ReportTexts): ReportTable[] {
  const s = artskonto(a);
  const k = a.artskonto;
  const line = (label: string, note: string, v: [Figure, Figure]) => [plain(label), plain(note), fig(v[0]), fig(v[1])];
  const sum = (label: string, v: [number, number]) => [bold(label), [], boldKr(v[0]), boldKr(v[1])];
  const head = (label: string) => [bold(label), [], [], []];
  const rows = [
    head(t.driftsinntekter_rapportert),
    line(t.gebyrer, '1', k.innbetalinger_fra_gebyrer), line(t.tilskudd_inn, '1', k.innbetalinger_fra_tilskudd),
    line(t.salg_og_leie, '1', k.salgs_og_leieinntekter), line(t.andre_inntekter, '1', k.andre_inntekter),
    sum(t.sum_inntekter_drift, s.sumInntekterDrift),
    head(t.driftsutgifter_rapportert),
    line(t.lønn, '2', k.lønn), line(t.andre_driftsutgifter, '3', k.andre_driftsutgifter),
    sum(t.sum_utbetalinger_drift, s.sumUtbetalingerDrift),
    sum(t.netto_drift, s.nettoDrift),
    head(t.invfin_inntekter_rapportert),
    line(t.finansinntekter, '4', k.finansinntekter),
    sum(t.sum_invfin_inntekter, s.sumInvFinInntekter),
    head(t.invfin_utgifter_rapportert),
    line(t.investeringer, '5', k.investeringer), line(t.aksjer, '5, 8B', k.kjøp_av_aksjer), line(t.finansutgifter, '4', k.finansutgifter),
    sum(t.sum_invfin_utgifter, s.sumInvFinUtgifter),
    sum(t.netto_invfin, s.nettoInvFin),
    head(t.innkreving_overskrift),
    line(t.innkreving, '6', k.innkreving),
    sum(t.sum_innkreving, s.sumInnkreving),
    head(t.tilskudd_overskrift),
    line(t.tilskudd, '7', k.tilskudd),
    sum(t.sum_tilskudd, s.sumTilskudd),
    head(t.felleskapitler),
    line(t.gruppeliv, '', k.gruppelivsforsikring),
    line(t.arbeidsgiveravgift, '', k.arbeidsgiveravgift),
    line(t.nettoføring_mva, '', k.nettoføring_mva),
    sum(t.netto_felleskapitler, s.nettoFelleskapitler),
    sum(t.netto_bevilgning, s.netto),
  ];
  const columns = [text('', 46), text(t.note, 9), amount(String(year), 15), amount(String(year - 1), 15)];
  const out = [table(columns, rows, fill(t.artskonto_tittel, { år: year }))];
  const m = a.mellomværende;
  if (m && s.mellomværende) {
    out.push(table([text(t.mellomværende, 46), text(t.note, 9), amount(String(year), 15), amount(String(year - 1), 15)], [
      [italic(t.eiendeler_og_gjeld), [], [], []],
      line(t.fordringer, '', m.fordringer), line(t.kontanter, '', m.kontanter), line(t.bankkontoer, '', m.bankkontoer),
      line(t.skattetrekk, '', m.skyldig_skattetrekk), line(t.avgifter, '', m.skyldige_avgifter), line(t.annen_gjeld, '', m.annen_gjeld),
      [bold(t.sum_mellomværende), plain('8'), boldKr(s.mellomværende[0]), boldKr(s.mellomværende[1])],
    ]));
  }
  return out;
}

/** Part VI: the notes to the artskontorapportering, each with its computed sum. */
export function noteTables(a: Accounts, year: number, t: ReportTexts): ReportTable[] {
  return [...a.noter].sort((x, y) => x.nr - y.nr).map((n) => {
    const sum = noteSum(n);
    return table([text('', 46), amount(`31.12.${year}`, 15), amount(`31.12.${year - 1}`, 15)], [
      ...n.linjer.map((l) => [plain(l.tekst), fig(l.beløp[0]), fig(l.beløp[1])]),
      [bold(n.sumtekst ?? fill(t.sum_note, { tittel: `${n.tittel.charAt(0).toLowerCase()}${n.tittel.slice(1)}` })), boldKr(sum[0]), boldKr(sum[1])],
      ...n.tillegg.map((t) => [bold(t.tekst), bold(t.verdi[0]), bold(t.verdi[1])]),
    ], `Note ${n.nr} ${n.tittel}`, n.merknad?.trim() ? n.merknad.trim() : null);
  });
}
