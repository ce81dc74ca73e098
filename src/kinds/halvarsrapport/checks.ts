import type { Diagnostic } from '../../core/diagnostics.js';
import type { ContentFile } from '../../load/loadFolder.js';
import { decimalOf, decimalPlaces } from '../../format/decimal.js';
import { formatNumber } from '../../format/numbers.js';
import { postReference } from '../../format/references.js';
import { at } from '../../validate/located.js';
import { budgetUse } from './budget.js';
import type { PeriodAssignment, PeriodPost } from './letterItems.js';
import type { LetterGoal } from '../arsrapport/letterItems.js';
import type { Period } from './period.js';
import type { BudgetUse, StatusFile } from './schema.js';

/** The period lies within the report's year, and starts before it ends. */
export function checkPeriod(p: Period, år: number, file: ContentFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (p.fra > p.til) out.push(at(file, ['periode', 'til'], 'feil', `perioden slutter (${p.til}) før den begynner (${p.fra})`, 'Rett «fra:» og «til:» under «periode:»; en halvårsrapport gjelder vanligvis 1. januar–30. juni.'));
  for (const key of ['fra', 'til'] as const) {
    if (!p[key].startsWith(`${år}-`)) out.push(at(file, ['periode', key], 'feil', `perioden skal ligge i rapportåret ${år}, men «${key}» er ${p[key]}`, 'Rett datoen eller «år:».'));
  }
  return out;
}

/** Each post once; spending so far not above the year's allocation; a deviation above the limit explained. */
export function checkBudget(b: BudgetUse, grense: number, file: ContentFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const l of budgetUse(b.poster, grense)) {
    const p = l.source;
    const ref = postReference(p.kap, p.post);
    if (b.poster.findIndex((q) => q.kap === p.kap && q.post === p.post) !== l.index) {
      out.push(at(file, ['poster', l.index, 'post'], 'feil', `${ref} står to ganger`, 'Hver kapittel/post skal stå én gang.'));
    }
    if (l.regnskap > l.tildelt && typeof p.regnskap === 'number' && typeof p.tildelt === 'number') {
      out.push(at(file, ['poster', l.index, 'regnskap'], 'advarsel', `${ref}: regnskapet per periodens slutt (${formatNumber(l.regnskap)}) er høyere enn det som er tildelt for hele året (${formatNumber(l.tildelt)})`, 'Sjekk tallene; er forbruket riktig, forklar det i «forklaring:».'));
    }
    if (l.overGrense && !p.forklaring) {
      out.push(at(file, ['poster', l.index, 'prognose'], 'feil',
        `${ref}: avviket mellom tildelt og prognose er ${formatNumber(l.avvik)} kroner, mer enn ${formatNumber(grense, decimalPlaces(decimalOf(grense)))} prosent av tildelt (${formatNumber(l.tildelt)}), men det er ikke forklart`,
        `Skriv hvorfor i «forklaring:» under posten. Grensen settes med «avviksgrense:» i halvarsrapport.md.`));
    }
  }
  return out;
}

/** What the letter asks that the report does not answer: goals, parameters, assignments of the period and posts. */
export function coverageDiagnostics(s: { data: StatusFile; file: ContentFile }, b: { data: BudgetUse; file: ContentFile }, items: { goals: LetterGoal[]; assignments: PeriodAssignment[]; posts: PeriodPost[] }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const missing = (file: ContentFile, message: string, hint: string): Diagnostic => ({ severity: 'advarsel', file: file.file, line: 0, col: 0, message, hint });
  for (const g of items.goals) {
    const answered = s.data.mål.find((m) => m.nr === g.nr);
    if (!answered) {
      out.push(missing(s.file, `mål ${g.nr} «${g.tittel}» i tildelingsbrevet er ikke besvart`, 'Legg det til under «mål:» med nr, tittel, status og vurdering.'));
      continue;
    }
    for (const sp of g.styringsparametere) {
      if (!answered.styringsparametere.some((r) => r.nr === sp.nr || r.tekst === sp.tekst)) {
        out.push(missing(s.file, `styringsparameter ${sp.nr} (mål ${g.nr}) «${sp.tekst}» er ikke besvart`, `Legg den til under «styringsparametere:» i mål ${g.nr} med nr, tekst, status og vurdering.`));
      }
    }
  }
  for (const a of items.assignments) {
    if (!s.data.oppdrag.some((r) => r.id === a.id)) {
      out.push(missing(s.file, `oppdrag ${a.id} «${a.tittel}» (frist ${a.frist}) er ikke besvart`, 'Legg det til under «oppdrag:» med id, tittel, frist, status og vurdering.'));
    }
  }
  for (const p of items.posts) {
    const i = b.data.poster.findIndex((q) => q.kap === p.kap && q.post === p.post);
    const ref = postReference(p.kap, p.post);
    if (i < 0) out.push(missing(b.file, `${ref} ${p.navn} mangler i budsjettrapporteringen`, 'Legg posten til under «poster:» med tildelt, regnskap og prognose.'));
    else if (b.data.poster[i].tildelt !== p.kroner && typeof b.data.poster[i].tildelt === 'number') {
      out.push(at(b.file, ['poster', i, 'tildelt'], 'advarsel', `${ref}: tildelt er ${formatNumber(b.data.poster[i].tildelt as number)}, men tildelingsbrevet med tillegg gir ${formatNumber(p.kroner)}`, 'Bruk beløpet fra tildelingsbrevet etter tilleggene i perioden.'));
    }
  }
  return out;
}
