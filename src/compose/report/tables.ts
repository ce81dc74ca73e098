import { formatNumber } from '../../format/numbers.js';
import type { Accounts, Figure, KeyFigures, Results } from '../../validate/schema/arsrapport.js';
import { artskonto, bevilgning, derivedKeyFigures, noteA, noteB, noteSum } from '../../report/accounts.js';
import { escapeInline as e } from '../markdownText.js';
import { CELL_BREAK } from '../markdownToModel.js';
import type { LetterContent } from '../../validate/letter/content.js';

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
export function resultsTable(r: Results, year: number, letter?: LetterContent): TableView {
  const earlier = [...new Set(r.styringsparametere.flatMap((sp) => Object.keys(sp.tidligere)))].sort();
  const columns: Column[] = [
    { label: 'Styringsparameter', width: 30 },
    ...earlier.map((y) => ({ label: `Resultat ${y}`, width: 14 })),
    { label: `Krav ${year}`, width: 14 },
    { label: `Resultat ${year}`, width: 14 },
    { label: `Kommentar ${year}`, width: 22 },
  ];
  const goals = [...new Set(r.styringsparametere.map((sp) => sp.mål))].sort((a, b) => a - b);
  const rows: string[][] = [];
  for (const g of goals) {
    const title = letter?.goals.find((x) => x.goal.nr === g)?.goal.tittel ?? r.mål.find((x) => x.nr === g)?.tittel;
    rows.push([bold(`Mål ${g}${title ? `: ${e(title)}` : ''}`), ...Array(columns.length - 1).fill('')]);
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
  return table(columns, rows, `Resultatkrav i tildelingsbrevet ${year}`);
}

/** Part III: every assignment with its status. */
export function assignmentsTable(r: Results, year: number): TableView {
  const rows = r.oppdrag.map((o) => [`**${e(o.id)}:** ${e(o.tittel)}`, ml(o.status)]);
  return table([{ label: `Oppdrag i tildelingsbrev for ${year}`, width: 50 }, { label: 'Kommentar', width: 40 }], rows, 'Oppdrag');
}

/** Part II: the key figure tables and «Nøkkeltall fra årsregnskap» with the derived figures computed. */
export function keyFigureTables(k: KeyFigures): TableView[] {
  const out: TableView[] = [];
  const years = k.år.map(String);
  for (const t of k.tabeller) {
    out.push(table([{ label: e(t.tittel), width: 40 }, ...years.map((y) => ({ label: y, width: 10, right: true }))],
      t.rader.map((r) => [e(r.tekst), ...r.verdier.map((v) => fig(v, 1))]), null, t.merknad ? e(t.merknad) : null));
  }
  if (k.regnskap) {
    const r = k.regnskap;
    const derived = derivedKeyFigures(r, years.length);
    const pct = (x: number | undefined) => (x === undefined ? '' : formatNumber(x * 100));
    const whole = (x: number | undefined) => (x === undefined ? '' : formatNumber(x));
    // Allocations run to eleven digits: shown in millions so five years fit across a portrait page.
    const mill = (v: Figure) => (typeof v === 'number' ? formatNumber(v / 1_000_000, 1) : e(v));
    const rows: string[][] = [
      ['Antall årsverk', 'Antall', ...r.årsverk.map((v) => fig(v, 1))],
      ...(r.avtalte_ansatte ? [['Antall avtalte ansatte', 'Antall', ...r.avtalte_ansatte.map((v) => fig(v, 1))]] : []),
      ...(r.utførte_årsverk ? [['Antall utførte årsverk', 'Antall', ...r.utførte_årsverk.map((v) => fig(v, 1))]] : []),
      ['Samlet tildeling post 01–99', 'Mill. kr', ...r.samlet_tildeling.map(mill)],
      ['Utnyttelsesgrad post 01–99', 'Prosent', ...derived.map((d) => pct(d.utnyttelsesgrad))],
      ['Driftsutgifter', 'Mill. kr', ...r.driftsutgifter.map(mill)],
      ['Lønnsandel av driftsutgifter', 'Prosent', ...derived.map((d) => pct(d.lønnsandel))],
      ['Lønnskostnader per årsverk', 'Kroner', ...derived.map((d) => whole(d.lønnPerÅrsverk))],
    ];
    out.push(table([{ label: 'Nøkkeltall fra årsregnskap', width: 30 }, { label: 'Enhet', width: 11 }, ...years.map((y) => ({ label: y, width: 13, right: true }))], rows, null,
      r.merknad ? e(r.merknad) : 'Utnyttelsesgrad = regnskap / samlet tildeling. Lønnsandel = lønnsutgifter / driftsutgifter. Lønnskostnader per årsverk = lønnsutgifter / antall årsverk.'));
  }
  return out;
}

const kapPost = (kap: number, post: number) => `${String(kap).padStart(4, '0')} ${String(post).padStart(2, '0')}`;

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
export function bevilgningTables(a: Accounts, year: number): TableView[] {
  const b = bevilgning(a);
  const expenses = table(
    [{ label: 'Kap. og post', width: 11 }, { label: 'Posttekst', width: 37 }, { label: 'Note', width: 7 },
      { label: 'Samlet tildeling*', width: 17, right: true }, { label: `Regnskap ${year}`, width: 17, right: true }, { label: 'Merutgift (−) og mindreutgift', width: 17, right: true }],
    [
      ...byChapter(b.utgifter, 6, (u) => [kapPost(u.source.kap, u.source.post),
        e([u.source.posttekst, ...u.source.stikkord].join(', ')), u.notes.join(', '), typeof u.source.årets_tildelinger === 'string' ? e(u.source.årets_tildelinger) : typeof u.source.overført_fra_i_fjor === 'string' ? e(u.source.overført_fra_i_fjor) : kr(u.samletTildeling), fig(u.source.regnskap), kr(u.differanse)]),
      ['', bold('Sum utgiftsført'), '', bold(kr(b.sumUtgifter.samletTildeling)), bold(kr(b.sumUtgifter.regnskap)), bold(kr(b.sumUtgifter.differanse))],
    ], `Oppstilling av bevilgningsrapportering for regnskapsår ${year}`);
  const income = table(
    [{ label: 'Kap. og post', width: 11 }, { label: 'Posttekst', width: 44 },
      { label: 'Samlet tildeling*', width: 17, right: true }, { label: `Regnskap ${year}`, width: 17, right: true }, { label: 'Merinntekt og mindreinntekt (−)', width: 17, right: true }],
    [
      ...byChapter(b.inntekter, 5, (i) => [kapPost(i.source.kap, i.source.post), e(i.source.posttekst),
        kr(i.samletTildeling), fig(i.source.regnskap), i.differanse === undefined ? '' : kr(i.differanse)]),
      ['', bold('Sum inntektsført'), bold(kr(b.sumInntekter.samletTildeling)), bold(kr(b.sumInntekter.regnskap)), ''],
      ['', bold('Netto rapportert til bevilgningsregnskapet'), '', bold(kr(b.netto)), ''],
    ], null, '\\* Samlet tildeling skal ikke reduseres med eventuelle avgitte belastningsfullmakter. Se note B for forklaring til brukte fullmakter og beregning av mulig overførbart beløp til neste år.');
  return [expenses, income];
}

export function noteATable(a: Accounts): TableView {
  const rows = noteA(bevilgning(a)).map((n) => [kapPost(n.kap, n.post), n.overførtFraIFjor ? kr(n.overførtFraIFjor) : '', kr(n.åretsTildelinger), kr(n.samletTildeling)]);
  return table([{ label: 'Kapittel og post', width: 12 }, { label: 'Overført fra i fjor', width: 16, right: true }, { label: 'Årets tildelinger', width: 16, right: true }, { label: 'Samlet tildeling', width: 16, right: true }],
    rows, 'Note A Forklaring av samlet tildeling');
}

/** Note B, one column per post (the calculation reads downwards, so it fits a portrait page). */
export function noteBTable(a: Accounts): TableView {
  const lines = noteB(bevilgning(a));
  const row = (label: string, f: (n: (typeof lines)[number]) => string) => [label, ...lines.map(f)];
  const rows = [
    row('Stikkord', (n) => (n.kanOverføres ? '«kan overføres»' : '')),
    row('Merutgift (−)/mindreutgift', (n) => kr(n.differanse)),
    row('Utgiftsført av andre iht. avgitte belastningsfullmakter', (n) => kr(n.utgiftsførtAvAndre)),
    row('Merutgift (−)/mindreutgift etter avgitte belastningsfullmakter', (n) => kr(n.etterBelastning)),
    row('Merinntekter/mindreinntekter (−) iht. merinntektsfullmakt', (n) => kr(n.merinntekter)),
    row('Omdisponering fra post 01 til 45 eller til post 01/21 fra neste års bevilgning', (n) => kr(n.omdisponering)),
    row('Innsparinger (−)', (n) => kr(n.innsparinger)),
    row(bold('Sum grunnlag for overføring'), (n) => bold(kr(n.grunnlag))),
    row('Maks. overførbart beløp', (n) => kr(n.maks)),
    row(bold('Mulig overførbart beløp beregnet av virksomheten'), (n) => bold(kr(n.muligOverførbart))),
  ];
  return table([{ label: 'Kapittel og post', width: 40 }, ...lines.map((n) => ({ label: kapPost(n.source.kap, n.source.post), width: 18, right: true }))], rows,
    'Note B Forklaring til brukte fullmakter og beregning av mulig overførbart beløp til neste år',
    'Maks. overførbart beløp: for post 01 5 prosent av årets tildeling; for poster med stikkordet «kan overføres» årets og fjorårets tildeling til sammen.');
}

/** Part VI: Oppstilling av artskontorapportering, with the sums computed. */
export function artskontoTables(a: Accounts, year: number): TableView[] {
  const s = artskonto(a);
  const k = a.artskonto;
  const line = (label: string, note: string, v: [Figure, Figure]) => [label, note, fig(v[0]), fig(v[1])];
  const sum = (label: string, v: [number, number]) => [bold(label), '', bold(kr(v[0])), bold(kr(v[1]))];
  const head = (label: string) => [bold(label), '', '', ''];
  const rows = [
    head('Driftsinntekter rapportert til bevilgningsregnskapet'),
    line('Innbetalinger fra gebyrer', '1', k.innbetalinger_fra_gebyrer), line('Innbetalinger fra tilskudd og overføringer', '1', k.innbetalinger_fra_tilskudd),
    line('Salgs- og leieinntekter', '1', k.salgs_og_leieinntekter), line('Andre inntekter', '1', k.andre_inntekter),
    sum('Sum inntekter fra drift', s.sumInntekterDrift),
    head('Driftsutgifter rapportert til bevilgningsregnskapet'),
    line('Utbetalinger til lønn', '2', k.lønn), line('Andre utbetalinger til drift', '3', k.andre_driftsutgifter),
    sum('Sum utbetalinger til drift', s.sumUtbetalingerDrift),
    sum('Netto rapporterte driftsutgifter', s.nettoDrift),
    head('Investerings- og finansinntekter rapportert til bevilgningsregnskapet'),
    line('Innbetaling av finansinntekter', '4', k.finansinntekter),
    sum('Sum investerings- og finansinntekter', s.sumInvFinInntekter),
    head('Investerings- og finansutgifter rapportert til bevilgningsregnskapet'),
    line('Utbetaling til investeringer', '5', k.investeringer), line('Utbetaling til kjøp av aksjer', '5, 8B', k.kjøp_av_aksjer), line('Utbetaling av finansutgifter', '4', k.finansutgifter),
    sum('Sum investerings- og finansutgifter', s.sumInvFinUtgifter),
    sum('Netto rapporterte investerings- og finansutgifter', s.nettoInvFin),
    head('Innkrevingsvirksomhet og andre overføringer til staten'),
    line('Innbetaling av skatter, avgifter, gebyrer m.m.', '6', k.innkreving),
    sum('Sum innkrevingsvirksomhet og andre overføringer til staten', s.sumInnkreving),
    head('Tilskuddsforvaltning og andre overføringer fra staten'),
    line('Utbetalinger av tilskudd og stønader', '7', k.tilskudd),
    sum('Sum tilskuddsforvaltning og andre overføringer fra staten', s.sumTilskudd),
    head('Inntekter og utgifter rapportert på felleskapitler'),
    line('Gruppelivsforsikring konto 1985 (ref. kap. 5309, inntekt)', '', k.gruppelivsforsikring),
    line('Arbeidsgiveravgift konto 1986 (ref. kap. 5700, inntekt)', '', k.arbeidsgiveravgift),
    line('Nettoføringsordning for merverdiavgift konto 1987 (ref. kap. 1633, utgift)', '', k.nettoføring_mva),
    sum('Netto rapporterte utgifter på felleskapitler', s.nettoFelleskapitler),
    sum('Netto rapportert til bevilgningsregnskapet', s.netto),
  ];
  const columns = [{ label: '', width: 46 }, { label: 'Note', width: 9 }, { label: String(year), width: 15, right: true }, { label: String(year - 1), width: 15, right: true }];
  const out = [table(columns, rows, `Oppstilling av artskontorapportering for ${year}`)];
  const m = a.mellomværende;
  if (m && s.mellomværende) {
    out.push(table([{ label: 'Oversikt over mellomværende med statskassen', width: 46 }, { label: 'Note', width: 9 }, { label: String(year), width: 15, right: true }, { label: String(year - 1), width: 15, right: true }], [
      [`*Eiendeler og gjeld*`, '', '', ''],
      line('Fordringer', '', m.fordringer), line('Kontanter', '', m.kontanter), line('Bankkontoer med statlige midler utenfor Norges Bank', '', m.bankkontoer),
      line('Skyldig skattetrekk og andre trekk', '', m.skyldig_skattetrekk), line('Skyldige offentlige avgifter', '', m.skyldige_avgifter), line('Annen gjeld', '', m.annen_gjeld),
      [bold('Sum mellomværende med statskassen'), '8', bold(kr(s.mellomværende[0])), bold(kr(s.mellomværende[1]))],
    ]));
  }
  return out;
}

/** Part VI: the notes to the artskontorapportering, each with its computed sum. */
export function noteTables(a: Accounts, year: number): TableView[] {
  return [...a.noter].sort((x, y) => x.nr - y.nr).map((n) => {
    const sum = noteSum(n);
    return table([{ label: '', width: 46 }, { label: `31.12.${year}`, width: 15, right: true }, { label: `31.12.${year - 1}`, width: 15, right: true }], [
      ...n.linjer.map((l) => [e(l.tekst), fig(l.beløp[0]), fig(l.beløp[1])]),
      [bold(e(n.sumtekst ?? `Sum ${n.tittel.charAt(0).toLowerCase()}${n.tittel.slice(1)}`)), bold(kr(sum[0])), bold(kr(sum[1]))],
      ...n.tillegg.map((t) => [bold(e(t.tekst)), bold(e(t.verdi[0])), bold(e(t.verdi[1]))]),
    ], `Note ${n.nr} ${e(n.tittel)}`, n.merknad?.trim() ? n.merknad.trim() : null);
  });
}
