import type { Accounts, ArtskontoKey, ExpensePost, Figure, IncomePost } from './schema.js';
import { MELLOMVAERENDE_KEYS } from './schema.js';
import { decimalOf, roundToInteger, shift, sumExact } from '../../format/decimal.js';

/** A figure's value: a placeholder («[[fyll inn]]») counts as 0 until it is filled in. */
export const val = (f: Figure | undefined): number => (typeof f === 'number' ? f : 0);

export interface ExpenseLine {
  source: ExpensePost;
  index: number;
  /** Note A: overført fra i fjor + årets tildelinger. */
  samletTildeling: number;
  regnskap: number;
  /** Samlet tildeling − regnskap: positive is mindreutgift, negative merutgift. */
  differanse: number;
  notes: string[];
}

export interface IncomeLine {
  source: IncomePost;
  index: number;
  samletTildeling: number;
  regnskap: number;
  /** Regnskap − samlet tildeling (merinntekt positive); undefined for common chapters. */
  differanse?: number;
}

export interface NoteBLine {
  source: ExpensePost;
  kanOverføres: boolean;
  differanse: number;
  utgiftsførtAvAndre: number;
  etterBelastning: number;
  merinntekter: number;
  omdisponering: number;
  innsparinger: number;
  grunnlag: number;
  maks: number;
  muligOverførbart: number;
}

export interface Bevilgning {
  utgifter: ExpenseLine[];
  inntekter: IncomeLine[];
  sumUtgifter: { samletTildeling: number; regnskap: number; differanse: number };
  sumInntekter: { samletTildeling: number; regnskap: number };
  /** Sum utgiftsført − sum inntektsført (regnskap). */
  netto: number;
}

export const canTransfer = (p: { stikkord: string[] }) => p.stikkord.some((s) => /kan overføres/i.test(s));

/** Note A and B only concern posts the agency was given money on. */
const hasAllocation = (p: ExpensePost) => val(p.overført_fra_i_fjor) + val(p.årets_tildelinger) !== 0;

export function bevilgning(a: Accounts): Bevilgning {
  const utgifter = a.utgifter.map((p, index): ExpenseLine => {
    const samletTildeling = sumExact([val(p.overført_fra_i_fjor), val(p.årets_tildelinger)]);
    const regnskap = val(p.regnskap);
    const notes = hasAllocation(p) ? (p.post === 1 || canTransfer(p) ? ['A', 'B'] : ['A']) : [];
    return { source: p, index, samletTildeling, regnskap, differanse: sumExact([samletTildeling, -regnskap]), notes };
  });
  const inntekter = a.inntekter.map((p, index): IncomeLine => {
    const samletTildeling = val(p.samlet_tildeling);
    const regnskap = val(p.regnskap);
    return { source: p, index, samletTildeling, regnskap, differanse: p.felleskapittel ? undefined : sumExact([regnskap, -samletTildeling]) };
  });
  const sum = <T>(xs: T[], f: (x: T) => number) => sumExact(xs.map(f));
  const sumUtgifter = { samletTildeling: sum(utgifter, (u) => u.samletTildeling), regnskap: sum(utgifter, (u) => u.regnskap), differanse: sum(utgifter, (u) => u.differanse) };
  const sumInntekter = { samletTildeling: sum(inntekter, (i) => i.samletTildeling), regnskap: sum(inntekter, (i) => i.regnskap) };
  return { utgifter, inntekter, sumUtgifter, sumInntekter, netto: sumExact([sumUtgifter.regnskap, -sumInntekter.regnskap]) };
}

export function noteA(b: Bevilgning) {
  return b.utgifter.filter((u) => hasAllocation(u.source)).map((u) => ({
    kap: u.source.kap, post: u.source.post,
    overførtFraIFjor: val(u.source.overført_fra_i_fjor), åretsTildelinger: val(u.source.årets_tildelinger), samletTildeling: u.samletTildeling,
  }));
}

/**
 * Note B: the possible transfer to next year. Post 01: at most 5 % of this year's allocation; posts marked
 * «kan overføres»: at most this and last year's allocations together. Extra income under the
 * merinntektsfullmakt, reallocations and savings adjust the basis; a merutgift is carried as it is.
 */
export function noteB(b: Bevilgning): NoteBLine[] {
  return b.utgifter.filter((u) => u.notes.includes('B')).map((u) => {
    const p = u.source;
    const kanOverføres = canTransfer(p);
    const utgiftsførtAvAndre = val(p.utgiftsført_av_andre);
    const etterBelastning = sumExact([u.differanse, -utgiftsførtAvAndre]);
    const merinntekter = val(p.merinntekter);
    const omdisponering = val(p.omdisponering);
    const innsparinger = val(p.innsparinger);
    const grunnlag = sumExact([etterBelastning, merinntekter, omdisponering, innsparinger]);
    const maks = kanOverføres ? sumExact([val(p.årets_tildelinger), val(p.fjorårets_tildeling)]) : fivePercent(val(p.årets_tildelinger));
    const muligOverførbart = grunnlag < 0 ? grunnlag : Math.min(grunnlag, maks);
    return { source: p, kanOverføres, differanse: u.differanse, utgiftsførtAvAndre, etterBelastning, merinntekter, omdisponering, innsparinger, grunnlag, maks, muligOverførbart };
  });
}

/** 5 % of an amount, rounded to the krone, computed on the decimal as written. */
function fivePercent(value: number): number {
  const d = decimalOf(value);
  return Number(roundToInteger(shift({ units: d.units * 5n, scale: d.scale }, -2)));
}

type Pair = [number, number];
const pair = (a: Accounts, k: ArtskontoKey): Pair => [val(a.artskonto[k][0]), val(a.artskonto[k][1])];
const add = (...xs: Pair[]): Pair => [sumExact(xs.map((x) => x[0])), sumExact(xs.map((x) => x[1]))];
const neg = (x: Pair): Pair => [-x[0], -x[1]];

/** The artskontorapportering's sums, each [this year, last year]. */
export function artskonto(a: Accounts) {
  const p = (k: ArtskontoKey) => pair(a, k);
  const sumInntekterDrift = add(p('innbetalinger_fra_gebyrer'), p('innbetalinger_fra_tilskudd'), p('salgs_og_leieinntekter'), p('andre_inntekter'));
  const sumUtbetalingerDrift = add(p('lønn'), p('andre_driftsutgifter'));
  const nettoDrift = add(sumUtbetalingerDrift, neg(sumInntekterDrift));
  const sumInvFinInntekter = p('finansinntekter');
  const sumInvFinUtgifter = add(p('investeringer'), p('kjøp_av_aksjer'), p('finansutgifter'));
  const nettoInvFin = add(sumInvFinUtgifter, neg(sumInvFinInntekter));
  const sumInnkreving = p('innkreving');
  const sumTilskudd = p('tilskudd');
  const nettoFelleskapitler = add(p('nettoføring_mva'), neg(p('arbeidsgiveravgift')), neg(p('gruppelivsforsikring')));
  const netto = add(nettoDrift, nettoInvFin, neg(sumInnkreving), sumTilskudd, nettoFelleskapitler);
  const mellomværende = a.mellomværende
    ? MELLOMVAERENDE_KEYS.map((k) => [val(a.mellomværende![k][0]), val(a.mellomværende![k][1])] as Pair).reduce((s, x) => add(s, x), [0, 0] as Pair)
    : undefined;
  return { sumInntekterDrift, sumUtbetalingerDrift, nettoDrift, sumInvFinInntekter, sumInvFinUtgifter, nettoInvFin, sumInnkreving, sumTilskudd, nettoFelleskapitler, netto, mellomværende };
}

/** A note's computed sum, [this year, last year]. */
export function noteSum(note: Accounts['noter'][number]): Pair {
  return [sumExact(note.linjer.map((l) => val(l.beløp[0]))), sumExact(note.linjer.map((l) => val(l.beløp[1])))];
}

/** Part II's derived key figures, per year. Undefined where a divisor is 0 or missing. */
export function derivedKeyFigures(r: { årsverk: Figure[]; samlet_tildeling: Figure[]; regnskap: Figure[]; driftsutgifter: Figure[]; lønnsutgifter: Figure[] }, years: number) {
  const ratio = (a: Figure | undefined, b: Figure | undefined) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : undefined);
  return Array.from({ length: years }, (_, i) => ({
    utnyttelsesgrad: ratio(r.regnskap[i], r.samlet_tildeling[i]),
    lønnsandel: ratio(r.lønnsutgifter[i], r.driftsutgifter[i]),
    lønnPerÅrsverk: ratio(r.lønnsutgifter[i], r.årsverk[i]),
  }));
}

/** Kapitalkontoer: the accounts as reported, the computed change in mellomværende, and their sum (the net reported, negated). */
export function capitalAccounts(a: Accounts) {
  const art = artskonto(a);
  const endring = art.mellomværende ? art.mellomværende[0] - art.mellomværende[1] : 0;
  const sum = sumExact([...a.kapitalkontoer.map((k) => val(k.beløp)), endring]);
  return { endring, sum, mellomværende: art.mellomværende };
}

export const NOTE_8_GROUPS = ['finansielle anleggsmidler', 'omløpsmidler', 'langsiktig gjeld', 'kortsiktig gjeld'] as const;

/** Note 8 part A by group: each line's difference, each group's sums and the total, each as [avregning, mellomværende, forskjell]. */
export function note8(a: Accounts) {
  const triple = (lines: Accounts['note_8']): [number, number, number] => {
    const avregning = sumExact(lines.map((l) => val(l.avregning)));
    const mellomværende = sumExact(lines.map((l) => val(l.mellomværende)));
    return [avregning, mellomværende, avregning - mellomværende];
  };
  const groups = NOTE_8_GROUPS.map((gruppe) => {
    const lines = a.note_8.filter((l) => l.gruppe === gruppe);
    return { gruppe, lines: lines.map((l) => ({ tekst: l.tekst, values: triple([l]) })), sum: triple(lines) };
  });
  return { groups, total: triple(a.note_8) };
}
