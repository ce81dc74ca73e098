import { postNumber } from '../../format/references.js';
import { formatNumber } from '../../format/numbers.js';
import type { Accounts, Figure, KeyFigures, Results } from '../../validate/schema/arsrapport.js';
import { artskonto, bevilgning, derivedKeyFigures, noteA, noteB, noteSum } from '../../report/accounts.js';
import { escapeInline as e } from '../markdownText.js';
import { CELL_BREAK } from '../markdownToModel.js';
import type { LetterContent } from '../../validate/letter/content.js';
import { fill, type ReportTexts } from '../texts.js';

/** A table ready for the templates: Markdown lines for the header, the separator and each row. */
export interface TableView {
  overskrift: string | null;
  hode: string;
  skille: string;
  rader: string[];
  merknad: string | null;
}

interface Column {
  label: string;
  /** Relative width: the number of dashes in the separator. */
  width: number;
  right?: boolean;
}

const bold = (s: string) => (s.trim() === '' ? s : `**${s}**`);
const kr = (n: number) => formatNumber(n);
/** Author text for a cell: escaped, its line breaks kept as cell line breaks. */
const ml = (s: string) => s.split('\n').map(e).join(CELL_BREAK);
const fig = (f: Figure | null | undefined, decimals = 0) => (f === null || f === undefined ? '' : typeof f === 'number' ? formatNumber(f, Number.isInteger(f) ? 0 : decimals) : e(f));

export function table(columns: Column[], rows: string[][], overskrift: string | null = null, merknad: string | null = null): TableView {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/g, CELL_BREAK)).join(' | ')} |`;
  return {
    overskrift,
    hode: line(columns.map((c) => c.label)),
    skille: `|${columns.map((c) => `${'-'.repeat(Math.max(3, c.width))}${c.right ? ':' : ''}`).join('|')}|`,
    rader: rows.map(line),
    merknad,
  };
}

/** Part III: «Resultatkrav i tildelingsbrevet», grouped by goal, with a column per earlier year that has results. */
export function resultsTable(r: Results, year: number, t: ReportTexts, letter?: LetterContent): TableView {
  const earlier = [...new Set(r.styringsparametere.flatMap((sp) => Object.keys(sp.tidligere)))].sort();
  const columns: Column[] = [
    { label: t.styringsparameter, width: 30 },
    ...earlier.map((y) => ({ label: fill(t.resultat, { år: y }), width: 14 })),
    { label: fill(t.krav, { år: year }), width: 14 },
    { label: fill(t.resultat, { år: year }), width: 14 },
    { label: fill(t.kommentar_år, { år: year }), width: 22 },
  ];
  const goals = [...new Set(r.styringsparametere.map((sp) => sp.mål))].sort((a, b) => a - b);
  const rows: string[][] = [];
  for (const g of goals) {
    const title = letter?.goals.find((x) => x.goal.nr === g)?.goal.tittel ?? r.mål.find((x) => x.nr === g)?.tittel;
    rows.push([bold(`${t.mål} ${g}${title ? `: ${e(title)}` : ''}`), ...Array(columns.length - 1).fill('')]);
    for (const sp of r.styringsparametere.filter((s) => s.mål === g)) {
      rows.push([
        `**${e(sp.nr)}:** ${e(sp.tekst)}`,
        ...earlier.map((y) => (sp.tidligere[y] !== undefined ? ml(sp.tidligere[y]) : '')),
        sp.krav ? ml(sp.krav) : '–',
        ml(sp.resultat),
        sp.kommentar ? ml(sp.kommentar) : '',
      ]);
    }
  }
  return table(columns, rows, fill(t.resultatkrav_tittel, { år: year }));
}

/** Part III: every assignment with its status. */
export function assignmentsTable(r: Results, year: number, t: ReportTexts): TableView {
  const rows = r.oppdrag.map((o) => [`**${e(o.id)}:** ${e(o.tittel)}`, ml(o.status)]);
  return table([{ label: fill(t.oppdrag_i_brevet, { år: year }), width: 50 }, { label: t.kommentar, width: 40 }], rows, t.oppdrag);
}

/** Part II: the key figure tables and «Nøkkeltall fra årsregnskap» with the derived figures computed. */
export function keyFigureTables(k: KeyFigures, t: ReportTexts): TableView[] {
  const out: TableView[] = [];
  const years = k.år.map(String);
  for (const own of k.tabeller) {
    out.push(table([{ label: e(own.tittel), width: 40 }, ...years.map((y) => ({ label: y, width: 10, right: true }))],
      own.rader.map((r) => [e(r.tekst), ...r.verdier.map((v) => fig(v, 1))]), null, own.merknad ? e(own.merknad) : null));
  }
  if (k.regnskap) {
    const r = k.regnskap;
    const derived = derivedKeyFigures(r, years.length);
    const pct = (x: number | undefined) => (x === undefined ? '' : formatNumber(x * 100));
    const whole = (x: number | undefined) => (x === undefined ? '' : formatNumber(x));
    // Allocations run to eleven digits: shown in millions so five years fit across a portrait page.
    const mill = (v: Figure) => (typeof v === 'number' ? formatNumber(v / 1_000_000, 1) : e(v));
    const rows: string[][] = [
      [t.antall_årsverk, t.antall, ...r.årsverk.map((v) => fig(v, 1))],
      ...(r.avtalte_ansatte ? [[t.avtalte_ansatte, t.antall, ...r.avtalte_ansatte.map((v) => fig(v, 1))]] : []),
      ...(r.utførte_årsverk ? [[t.utførte_årsverk, t.antall, ...r.utførte_årsverk.map((v) => fig(v, 1))]] : []),
      [t.samlet_tildeling_01_99, t.mill_kr, ...r.samlet_tildeling.map(mill)],
      [t.utnyttelsesgrad, t.prosent, ...derived.map((d) => pct(d.utnyttelsesgrad))],
      [t.driftsutgifter, t.mill_kr, ...r.driftsutgifter.map(mill)],
      [t.lønnsandel, t.prosent, ...derived.map((d) => pct(d.lønnsandel))],
      [t.lønn_per_årsverk, t.kroner, ...derived.map((d) => whole(d.lønnPerÅrsverk))],
    ];
    out.push(table([{ label: t.nøkkeltall, width: 30 }, { label: t.enhet, width: 11 }, ...years.map((y) => ({ label: y, width: 13, right: true }))], rows, null,
      r.merknad ? e(r.merknad) : t.nøkkeltall_merknad));
  }
  return out;
}

const kapPost = (kap: number, post: number) => `${String(kap).padStart(4, '0')} ${postNumber(post)}`;

/**
 * Rows grouped under a row naming their chapter, so the chapter name is shown once instead of
 * squeezed into a narrow column on every post.
 */
function byChapter<T extends { source: { kap: number; navn: string } }>(lines: readonly T[], columns: number, row: (line: T) => string[]): string[][] {
  const rows: string[][] = [];
  let current: number | undefined;
  for (const line of lines) {
    if (line.source.kap !== current) {
      current = line.source.kap;
      rows.push([bold(String(current).padStart(4, '0')), bold(e(line.source.navn)), ...Array<string>(columns - 2).fill('')]);
    }
    rows.push(row(line));
  }
  return rows;
}

/** Part VI: Oppstilling av bevilgningsrapportering. */
export function bevilgningTables(a: Accounts, year: number, t: ReportTexts): TableView[] {
  const b = bevilgning(a);
  const expenses = table(
    [{ label: t.kap_og_post, width: 11 }, { label: t.posttekst, width: 37 }, { label: t.note, width: 7 },
      { label: t.samlet_tildeling_stjerne, width: 17, right: true }, { label: fill(t.regnskap, { år: year }), width: 17, right: true }, { label: t.merutgift, width: 17, right: true }],
    [
      ...byChapter(b.utgifter, 6, (u) => [kapPost(u.source.kap, u.source.post),
        e([u.source.posttekst, ...u.source.stikkord].join(', ')), u.notes.join(', '), typeof u.source.årets_tildelinger === 'string' ? e(u.source.årets_tildelinger) : typeof u.source.overført_fra_i_fjor === 'string' ? e(u.source.overført_fra_i_fjor) : kr(u.samletTildeling), fig(u.source.regnskap), kr(u.differanse)]),
      ['', bold(t.sum_utgiftsført), '', bold(kr(b.sumUtgifter.samletTildeling)), bold(kr(b.sumUtgifter.regnskap)), bold(kr(b.sumUtgifter.differanse))],
    ], fill(t.bevilgning_tittel, { år: year }));
  const income = table(
    [{ label: t.kap_og_post, width: 11 }, { label: t.posttekst, width: 44 },
      { label: t.samlet_tildeling_stjerne, width: 17, right: true }, { label: fill(t.regnskap, { år: year }), width: 17, right: true }, { label: t.merinntekt, width: 17, right: true }],
    [
      ...byChapter(b.inntekter, 5, (i) => [kapPost(i.source.kap, i.source.post), e(i.source.posttekst),
        kr(i.samletTildeling), fig(i.source.regnskap), i.differanse === undefined ? '' : kr(i.differanse)]),
      ['', bold(t.sum_inntektsført), bold(kr(b.sumInntekter.samletTildeling)), bold(kr(b.sumInntekter.regnskap)), ''],
      ['', bold(t.netto_bevilgning), '', bold(kr(b.netto)), ''],
    ], null, t.bevilgning_merknad);
  return [expenses, income];
}

export function noteATable(a: Accounts, t: ReportTexts): TableView {
  const rows = noteA(bevilgning(a)).map((n) => [kapPost(n.kap, n.post), n.overførtFraIFjor ? kr(n.overførtFraIFjor) : '', kr(n.åretsTildelinger), kr(n.samletTildeling)]);
  return table([{ label: t.kapittel_og_post, width: 12 }, { label: t.overført_fra_i_fjor, width: 16, right: true }, { label: t.årets_tildelinger, width: 16, right: true }, { label: t.samlet_tildeling, width: 16, right: true }],
    rows, t.note_a_tittel);
}

/** Note B, one column per post (the calculation reads downwards, so it fits a portrait page). */
export function noteBTable(a: Accounts, t: ReportTexts): TableView {
  const lines = noteB(bevilgning(a));
  const row = (label: string, f: (n: (typeof lines)[number]) => string) => [label, ...lines.map(f)];
  const rows = [
    row(t.stikkord, (n) => (n.kanOverføres ? t.kan_overføres : '')),
    row(t.b_differanse, (n) => kr(n.differanse)),
    row(t.b_utgiftsført_av_andre, (n) => kr(n.utgiftsførtAvAndre)),
    row(t.b_etter_belastning, (n) => kr(n.etterBelastning)),
    row(t.b_merinntekter, (n) => kr(n.merinntekter)),
    row(t.b_omdisponering, (n) => kr(n.omdisponering)),
    row(t.b_innsparinger, (n) => kr(n.innsparinger)),
    row(bold(t.b_grunnlag), (n) => bold(kr(n.grunnlag))),
    row(t.b_maks, (n) => kr(n.maks)),
    row(bold(t.b_mulig), (n) => bold(kr(n.muligOverførbart))),
  ];
  return table([{ label: t.kapittel_og_post, width: 40 }, ...lines.map((n) => ({ label: kapPost(n.source.kap, n.source.post), width: 18, right: true }))], rows,
    t.note_b_tittel, t.note_b_merknad);
}

/** Part VI: Oppstilling av artskontorapportering, with the sums computed. */
export function artskontoTables(a: Accounts, year: number, t: ReportTexts): TableView[] {
  const s = artskonto(a);
  const k = a.artskonto;
  const line = (label: string, note: string, v: [Figure, Figure]) => [label, note, fig(v[0]), fig(v[1])];
  const sum = (label: string, v: [number, number]) => [bold(label), '', bold(kr(v[0])), bold(kr(v[1]))];
  const head = (label: string) => [bold(label), '', '', ''];
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
  const columns = [{ label: '', width: 46 }, { label: t.note, width: 9 }, { label: String(year), width: 15, right: true }, { label: String(year - 1), width: 15, right: true }];
  const out = [table(columns, rows, fill(t.artskonto_tittel, { år: year }))];
  const m = a.mellomværende;
  if (m && s.mellomværende) {
    out.push(table([{ label: t.mellomværende, width: 46 }, { label: t.note, width: 9 }, { label: String(year), width: 15, right: true }, { label: String(year - 1), width: 15, right: true }], [
      [`*${t.eiendeler_og_gjeld}*`, '', '', ''],
      line(t.fordringer, '', m.fordringer), line(t.kontanter, '', m.kontanter), line(t.bankkontoer, '', m.bankkontoer),
      line(t.skattetrekk, '', m.skyldig_skattetrekk), line(t.avgifter, '', m.skyldige_avgifter), line(t.annen_gjeld, '', m.annen_gjeld),
      [bold(t.sum_mellomværende), '8', bold(kr(s.mellomværende[0])), bold(kr(s.mellomværende[1]))],
    ]));
  }
  return out;
}

/** Part VI: the notes to the artskontorapportering, each with its computed sum. */
export function noteTables(a: Accounts, year: number, t: ReportTexts): TableView[] {
  return [...a.noter].sort((x, y) => x.nr - y.nr).map((n) => {
    const sum = noteSum(n);
    return table([{ label: '', width: 46 }, { label: `31.12.${year}`, width: 15, right: true }, { label: `31.12.${year - 1}`, width: 15, right: true }], [
      ...n.linjer.map((l) => [e(l.tekst), fig(l.beløp[0]), fig(l.beløp[1])]),
      [bold(e(n.sumtekst ?? fill(t.sum_note, { tittel: `${n.tittel.charAt(0).toLowerCase()}${n.tittel.slice(1)}` }))), bold(kr(sum[0])), bold(kr(sum[1]))],
      ...n.tillegg.map((t) => [bold(e(t.tekst)), bold(e(t.verdi[0])), bold(e(t.verdi[1]))]),
    ], `Note ${n.nr} ${e(n.tittel)}`, n.merknad?.trim() ? n.merknad.trim() : null);
  });
}
