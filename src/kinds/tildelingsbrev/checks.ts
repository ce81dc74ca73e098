import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { formatShortDate, yearOf } from '../../format/dates.js';
import { isInside } from '../../load/paths.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { at } from '../../validate/located.js';
import { checkBudget } from './budgetChecks.js';
import { checkWholeKroner } from './wholeKronerChecks.js';
import { assignmentFile } from './placement.js';
import { checkStructure } from './structureChecks.js';
import type { LetterContent } from './content.js';

/** Cross-checks across the files of a letter: references, ids, dates, sums. */
export function checkLetter(content: LetterContent): Diagnostic[] {
  return [...checkGoals(content), ...checkAssignments(content), ...checkLetterFields(content), ...checkBudget(content), ...checkWholeKroner(content), ...checkStructure(content)];
}

function checkGoals({ goals }: LetterContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spSeen = new Set<string>();
  for (const { goal, file } of goals) {
    goal.styringsparametere.forEach((sp, i) => {
      if (sp.id && spSeen.has(sp.id)) out.push(at(file, ['styringsparametere', i, 'id'], 'feil', `styringsparameter «${sp.id}» finnes allerede`, 'Gi hver styringsparameter sin egen id.'));
      if (sp.id) spSeen.add(sp.id);
    });
  }
  const seen = new Map<number, string>();
  for (const { goal, file } of goals) {
    const first = seen.get(goal.nr);
    if (first) out.push(at(file, ['nr'], 'feil', `mål nr. ${goal.nr} finnes allerede i ${first}`, 'Gi hvert mål sitt eget nummer.'));
    else seen.set(goal.nr, file.file);
  }
  goals.forEach(({ goal, file }, i) => {
    if (goal.nr !== i + 1 && !out.length) out.push(at(file, ['nr'], 'advarsel', `målene er ikke nummerert fortløpende: ventet mål nr. ${i + 1}, fant ${goal.nr}`));
  });
  return out;
}

function checkAssignments({ assignments, goals, letter, chapters }: LetterContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spIds = new Set(goals.flatMap((g) => g.goal.styringsparametere.flatMap((sp) => (sp.id ? [sp.id] : []))));
  const places = (a: (typeof assignments)[number]['assignment']) => [
    { sp: a.styringsparameter, kapittel: a.kapittel, mål: a.mål, path: [] as PropertyKey[] },
    ...a.også.map((p, i) => ({ sp: 'styringsparameter' in p ? p.styringsparameter : undefined, kapittel: 'kapittel' in p ? p.kapittel : undefined, mål: 'mål' in p ? p.mål : undefined, path: ['også', i] as PropertyKey[] })),
  ];
  const goalNumbers = new Set(goals.map((g) => g.goal.nr));
  const seen = new Map<string, string>();
  for (const { assignment: a, file, text } of assignments) {
    const first = seen.get(a.id);
    if (first) out.push(at(file, ['id'], 'feil', `oppdrag ${a.id} finnes allerede i ${first}`, 'Hvert oppdrag skal ha sitt eget nummer.'));
    else seen.set(a.id, file.file);
    const expectedName = assignmentFile(a.id);
    if (file.name !== expectedName) out.push(at(file, ['id'], 'advarsel', `filnavnet stemmer ikke med oppdragsnummeret ${a.id}`, `Gi filen navnet ${expectedName}.`));
    for (const place of places(a)) {
      if (place.sp !== undefined && !spIds.has(place.sp)) {
        out.push(at(file, [...place.path, 'styringsparameter'], 'feil', `oppdraget viser til styringsparameter «${place.sp}», som ikke finnes`, `Styringsparameterne med id: ${[...spIds].join(', ') || '(ingen; gi dem «id:» i maal/N.md)'}.`));
      }
      if (place.kapittel !== undefined && !chapters.has(place.kapittel)) {
        out.push(at(file, [...place.path, 'kapittel'], 'feil', `oppdraget viser til kapitlet «${place.kapittel}», som ikke finnes`, `Kapitlene i kapitler/: ${[...chapters.keys()].join(', ') || '(ingen)'}.`));
      }
      if (place.path.length && place.mål !== undefined && !goalNumbers.has(place.mål)) {
        out.push(at(file, [...place.path, 'mål'], 'feil', `oppdraget viser til mål nr. ${place.mål}, som ikke finnes`));
      }
    }
    if (a.mål !== undefined && !goalNumbers.has(a.mål)) {
      out.push(at(file, ['mål'], 'feil', `oppdraget viser til mål nr. ${a.mål}, som ikke finnes`, `Målene i brevet er nr. ${[...goalNumbers].join(', ') || '(ingen)'}; legg til maal/${a.mål}.md eller rett nummeret.`));
    }
    const year = Number(a.id.slice(0, 4));
    if (year > letter.år) {
      out.push(at(file, ['id'], 'feil', `oppdrag ${a.id} er fra ${year}, som er etter brevets år ${letter.år}`, `Nye oppdrag i dette brevet skal ha nummer ${letter.år}-NN.`));
    }
    const dated = a.frist.filter((f) => f.dato).map((f) => f.dato!);
    const onlyDates = dated.length > 0 && dated.length === a.frist.length;
    if (year < letter.år && onlyDates && dated.every((d) => yearOf(d) < letter.år)) {
      out.push(at(file, ['frist'], 'advarsel', `oppdraget er gitt tidligere og står som løpende, men siste frist er ${formatShortDate(dated.sort().at(-1)!)}`, `Fjern oppdraget fra brevet, eller sett en ny frist i ${letter.år} eller senere.`));
    }
    if (year === letter.år && text.trim() === '') {
      out.push({ severity: 'advarsel', file: file.file, line: file.bodyLine || 1, col: 1, message: `oppdrag ${a.id} har ingen beskrivelse`, hint: 'Skriv «# Bakgrunn» og «# Beskrivelse av oppdraget» under forsiden.' });
    }
  }
  return out;
}

function checkLetterFields({ letter, letterFile, appendices, dir }: LetterContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dateYear = yearOf(letter.dato);
  if (dateYear < letter.år - 1 || dateYear > letter.år) {
    out.push(at(letterFile, ['dato'], 'advarsel', `brevet er datert ${formatShortDate(letter.dato)}, men gjelder ${letter.år}`, 'Sjekk dato og år.'));
  }
  letter.rapporteringskalender.forEach((row, i) => {
    if (row.frist < row.telletidspunkt) {
      out.push(at(letterFile, ['rapporteringskalender', i, 'frist'], 'feil', `fristen ${formatShortDate(row.frist)} er før telletidspunktet ${formatShortDate(row.telletidspunkt)}`, 'Rapporten kan ikke leveres før perioden den gjelder er over.'));
    }
  });
  letter.vedlegg.forEach((v, i) => {
    if (v.fil && v.innhold) out.push(at(letterFile, ['vedlegg', i], 'feil', 'vedlegget har både «fil» og «innhold»', 'Velg én av dem.'));
    if (!v.fil) return;
    const path = join(dir, v.fil);
    if (isAbsolute(v.fil) || /^[a-z]:[\\/]/i.test(v.fil) || !isInside(dir, path)) {
      out.push(at(letterFile, ['vedlegg', i, 'fil'], 'feil', `«${v.fil}» ligger utenfor dokumentmappen`, 'Legg vedlegget i dokumentmappens vedlegg/ og oppgi stien fra dokumentmappen, for eksempel vedlegg/instruks.md.'));
    } else if (!appendices.has(v.fil.replace(/\\/g, '/').replace(/^\.\//, ''))) {
      out.push(at(letterFile, ['vedlegg', i, 'fil'], 'feil', existsSync(path) ? `«${v.fil}» er ikke en Markdown-fil i vedlegg/` : `filen «${v.fil}» finnes ikke`, 'Vedleggstekster er .md-filer i dokumentmappens vedlegg/.'));
    }
  });
  return out;
}
