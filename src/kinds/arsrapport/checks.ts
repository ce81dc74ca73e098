import { postReference } from '../../format/references.js';
import type { ContentFile, LoadedFolder } from '../../load/loadFolder.js';
import { formatNumber } from '../../format/numbers.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { at } from '../../validate/located.js';
import type { Accounts, KeyFigures } from './schema.js';
import type { LetterContent } from '../tildelingsbrev/content.js';
import { artskonto, bevilgning, capitalAccounts, note8, noteSum } from './accounts.js';
import { letterItems } from './letterItems.js';
import { PLACEHOLDER } from './parts.js';
import type { ReportContent } from './content.js';

const PLACEHOLDER_ALL = new RegExp(PLACEHOLDER.source, 'gi');

/**
 * Every `[[fyll inn …]]` left in the folder, in Markdown text and in YAML values: one error each, since a report
 * with an unfilled marker must not be sent or published (`build --utkast` still writes it, the marker visible).
 */
export function placeholderDiagnostics(folder: LoadedFolder): Diagnostic[] {
  const out: Diagnostic[] = [];
  const hint = 'Skriv inn det som mangler og fjern markøren [[fyll inn …]].';
  for (const file of folder.files.values()) {
    file.body.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(PLACEHOLDER_ALL)) {
        out.push({ severity: 'feil', file: file.file, line: file.bodyLine + i, col: (m.index ?? 0) + 1, message: `ikke utfylt: ${m[0]}`, hint });
      }
    });
    const visit = (value: unknown, path: PropertyKey[]) => {
      if (typeof value === 'string') {
        for (const m of value.matchAll(PLACEHOLDER_ALL)) out.push(at(file, path, 'feil', `ikke utfylt: ${m[0]}`, hint));
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    };
    visit(file.yaml.data, []);
  }
  return out;
}

/** A diagnostic at a field's key (a mapping's own line rather than its first entry's). */
function atKey(file: ContentFile, path: PropertyKey[], severity: Diagnostic['severity'], message: string, hint?: string): Diagnostic {
  return { ...at(file, path, severity, message, hint), ...file.yaml.locate(path, true) };
}

/** Every list of figures has one value per year. */
export function checkKeyFigures(k: KeyFigures, file: ContentFile, year: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const n = k.år.length;
  if (k.år.at(-1) !== year) out.push(at(file, ['år'], 'advarsel', `siste år i tabellen er ${k.år.at(-1)}, men rapporten gjelder ${year}`, 'Sett rapportåret sist i «år:».'));
  const checkLength = (values: unknown[], path: PropertyKey[]) => {
    if (values.length !== n) out.push(at(file, path, 'feil', `listen har ${values.length} verdier, men «år:» har ${n} år`, 'Gi én verdi per år, i samme rekkefølge som «år:»; bruk «[[fyll inn]]» for tall du ikke har ennå.'));
  };
  k.tabeller.forEach((t, ti) => t.rader.forEach((r, ri) => checkLength(r.verdier, ['tabeller', ti, 'rader', ri, 'verdier'])));
  if (k.regnskap) for (const [key, values] of Object.entries(k.regnskap)) if (Array.isArray(values)) checkLength(values, ['regnskap', key]);
  return out;
}

/** The sums of part VI that must agree: netto in both statements, and each note with its artskonto line. */
export function checkAccounts(a: Accounts, file: ContentFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const b = bevilgning(a);
  const art = artskonto(a);
  if (Math.round(b.netto) !== Math.round(art.netto[0])) {
    out.push(atKey(file, ['artskonto'], 'feil',
      `«Netto rapportert til bevilgningsregnskapet» er ulik i de to oppstillingene: bevilgningsrapporteringen gir ${formatNumber(b.netto)}, artskontorapporteringen ${formatNumber(art.netto[0])} (forskjell ${formatNumber(b.netto - art.netto[0])})`,
      'Begge er summer av det som er rapportert til statsregnskapet og skal være like. Sjekk regnskapstallene under «utgifter»/«inntekter» mot linjene under «artskonto».'));
  }
  a.noter.forEach((note, i) => {
    if (!note.artskonto) return;
    const sum = noteSum(note);
    const line = a.artskonto[note.artskonto];
    [0, 1].forEach((y) => {
      const expected = typeof line[y] === 'number' ? (line[y] as number) : 0;
      if (Math.round(sum[y]) !== Math.round(expected)) {
        out.push(at(file, ['noter', i, 'linjer'], 'feil',
          `summen av note ${note.nr} (${y === 0 ? 'i år' : 'i fjor'}) er ${formatNumber(sum[y])}, men artskontolinjen «${note.artskonto}» er ${formatNumber(expected)}`,
          'Notens linjer skal summere til linjen i artskontorapporteringen den forklarer.'));
      }
    });
  });
  out.push(...capitalChecks(a, file, b.netto));
  a.utgifter.forEach((p, i) => {
    const dup = a.utgifter.findIndex((q) => q.kap === p.kap && q.post === p.post);
    if (dup !== i) out.push(at(file, ['utgifter', i, 'post'], 'feil', `${postReference(p.kap, p.post)} står to ganger`, 'Hver kapittel/post skal stå én gang.'));
  });
  return out;
}

/**
 * The kapitalkontoer with the change in mellomværende balance the net reported to the appropriation accounts, and note
 * 8's reported column is the mellomværende. The capital accounts are reported in whole kroner while the net is
 * summed from lines with øre, so they may differ by less than a krone.
 */
function capitalChecks(a: Accounts, file: ContentFile, netto: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (a.kapitalkontoer.length > 0) {
    const { sum } = capitalAccounts(a);
    if (Math.abs(sum + netto) >= 1) {
      out.push(atKey(file, ['kapitalkontoer'], 'feil',
        `kapitalkontoene med endringen i mellomværende summerer til ${formatNumber(-sum)}, men netto rapportert til bevilgningsregnskapet er ${formatNumber(netto)} (forskjell ${formatNumber(-sum - netto)})`,
        'Innbetalinger og utbetalinger på konsernkontoen og endringen i mellomværende skal til sammen være det som er rapportert til bevilgningsregnskapet.'));
    }
  }
  if (a.note_8.length > 0) {
    const reported = note8(a).total[1];
    const expected = artskonto(a).mellomværende?.[0] ?? 0;
    if (Math.round(reported) !== Math.round(expected)) {
      out.push(atKey(file, ['note_8'], 'feil',
        `kolonnen «rapportert mellomværende» i note 8 summerer til ${formatNumber(reported)}, men mellomværende med statskassen er ${formatNumber(expected)}`,
        'Note 8 forklarer forskjellen mellom bokført avregning og rapportert mellomværende; den rapporterte kolonnen skal være lik summen under «mellomværende».'));
    }
  }
  return out;
}

/** What the letter asks that the report does not answer: goals without a chapter in part III, parameters and assignments missing in resultater.yaml. */
export function coverageDiagnostics(c: ReportContent, letter: LetterContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  const items = letterItems(letter);
  const partIII = c.parts.find((p) => p.index === 2);
  const answeredGoals = new Set(partIII?.chapters.flatMap((ch) => ch.chapter.mål) ?? []);
  const goalHint = 'Gi et kapittel i del III «mål: N» i forsiden, så svarer det på målet.';
  const partFile = partIII?.file.file ?? c.reportFile.file;
  for (const g of items.goals) {
    if (!answeredGoals.has(g.nr)) out.push({ severity: 'advarsel', file: partFile, line: 0, col: 0, message: `mål ${g.nr} «${g.tittel}» i tildelingsbrevet er ikke besvart i del III`, hint: goalHint });
  }
  const resultsFile = c.results?.file.file ?? `${c.reportFile.file.replace(/rapport\.md$/, '')}resultater.yaml`;
  const sps = c.results?.data.styringsparametere ?? [];
  for (const g of items.goals) {
    for (const sp of g.styringsparametere) {
      if (!sps.some((r) => r.nr === sp.nr || r.tekst === sp.tekst)) {
        out.push({ severity: 'advarsel', file: resultsFile, line: 0, col: 0, message: `styringsparameter ${sp.nr} (mål ${g.nr}) «${sp.tekst}» er ikke besvart`, hint: 'Legg den til under «styringsparametere:» med nr, mål, tekst, krav, resultat og kommentar.' });
      }
    }
  }
  const assignments = c.results?.data.oppdrag ?? [];
  for (const a of items.assignments) {
    if (!assignments.some((r) => r.id === a.id)) {
      out.push({ severity: 'advarsel', file: resultsFile, line: 0, col: 0, message: `oppdrag ${a.id} «${a.tittel}» er ikke besvart`, hint: 'Legg det til under «oppdrag:» med id, tittel og status.' });
    }
  }
  return out;
}
