import { tildelingsbrev } from '../tildelingsbrev/kind.js';
import { MAIN_FILE } from './mainFile.js';
import { assignmentIdOf, postReference } from '../../format/references.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatAmountText, toKroner } from '../../format/numbers.js';
import { formatShortDate, yearOf } from '../../format/dates.js';
import type { LoadedFolder } from '../../load/loadFolder.js';
import { loadFolder } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { hasErrors } from '../../core/diagnostics.js';
import { at } from '../../validate/located.js';
import { checkMarkdown } from '../../validate/markdownChecks.js';
import { validateLetter } from '../tildelingsbrev/validate.js';
import { assignmentSchema } from '../tildelingsbrev/schema.js';
import { tilleggSchema } from './schema.js';
import { parseWith } from '../../validate/zodIssues.js';
import type { AssignmentEntry, TilleggContent } from './content.js';
import { compareIds, findSupplements } from './findSupplements.js';
import { ledgerAfter, postKey } from './ledger.js';


/** Schema-checks a tillegg folder, reads the letter it supplements and the tillegg before it, then cross-checks. */
export function validateTillegg(folder: LoadedFolder): { content?: TilleggContent; draft?: TilleggContent; diagnostics: Diagnostic[] } {
  const diagnostics = [...folder.diagnostics];
  const file = folder.files.get(MAIN_FILE);
  if (!file) {
    if (!folder.unreadable.has(MAIN_FILE)) diagnostics.push({ severity: 'feil', file: displayPath(folder.dir), line: 0, col: 0, message: `mappen mangler ${MAIN_FILE}`, hint: 'Et tillegg trenger tillegg.md med nr, tildelingsbrev og dato. Se docs/innholdsformat.md.' });
    return { diagnostics };
  }
  const tillegg = parseWith(tilleggSchema, file, diagnostics);
  const assignments: AssignmentEntry[] = [];
  for (const [name, f] of folder.files) {
    if (name === MAIN_FILE) continue;
    if (name.startsWith('oppdrag/') && name.endsWith('.md')) {
      const a = parseWith(assignmentSchema, f, diagnostics);
      if (a) assignments.push({ assignment: a, text: f.body, file: f });
    } else diagnostics.push({ severity: 'advarsel', file: f.file, line: 0, col: 0, message: 'filen brukes ikke i et tillegg', hint: 'Nye oppdrag legges i oppdrag/ÅÅÅÅ-NN.md; alt annet står i tillegg.md.' });
  }
  for (const [name, f] of folder.files) if (name.endsWith('.md')) diagnostics.push(...checkMarkdown(f.body, { file: f.file, path: join(folder.dir, name), dir: folder.dir, line: f.bodyLine }));
  assignments.sort((a, b) => compareIds(a.assignment.id, b.assignment.id));
  if (!tillegg || hasErrors(diagnostics)) return { diagnostics };

  const letterDir = resolve(folder.dir, tillegg.tildelingsbrev);
  if (!existsSync(join(letterDir, tildelingsbrev.mainFile))) {
    diagnostics.push(at(file, ['tildelingsbrev'], 'feil', `fant ikke tildelingsbrevet: ${displayPath(letterDir)} har ingen ${tildelingsbrev.mainFile}`, 'Oppgi mappen med tildelingsbrevet, regnet fra tilleggets mappe, for eksempel «../tildelingsbrev».'));
    return { diagnostics };
  }
  const letterResult = validateLetter(loadFolder(letterDir));
  if (!letterResult.content) {
    const n = letterResult.diagnostics.filter((d) => d.severity === 'feil').length;
    diagnostics.push(at(file, ['tildelingsbrev'], 'feil', `tildelingsbrevet i ${displayPath(letterDir)} har ${n} feil`, `Rett feilene først: styringsdok check ${displayPath(letterDir)}`));
    return { diagnostics };
  }
  const letter = letterResult.content;
  const all = findSupplements(letterDir, [folder.dir]);
  const self = resolve(folder.dir);
  for (const other of all) {
    if (resolve(other.dir) !== self && other.tillegg.nr === tillegg.nr) {
      diagnostics.push(at(file, ['nr'], 'feil', `tillegg nr. ${tillegg.nr} til dette tildelingsbrevet finnes allerede i ${other.file.file}`, 'Gi hvert tillegg sitt eget nummer.'));
    }
  }
  const earlier = all.filter((s) => resolve(s.dir) !== self && s.tillegg.nr < tillegg.nr);
  const content: TilleggContent = { dir: folder.dir, tillegg, file, text: file.body, assignments, letter, earlier, templates: folder.templates };
  diagnostics.push(...checkTillegg(content));
  return hasErrors(diagnostics) ? { draft: content, diagnostics } : { content, diagnostics };
}

/** Numbering, references to the letter, and budget changes. */
export function checkTillegg(c: TilleggContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { tillegg, file, letter } = c;
  const year = letter.letter.år;
  const ledger = ledgerAfter(letter, c.earlier);

  if (yearOf(tillegg.dato) !== year) out.push(at(file, ['dato'], 'advarsel', `tillegget er datert ${formatShortDate(tillegg.dato)}, men tildelingsbrevet gjelder ${year}`, 'Sjekk datoen.'));
  else if (tillegg.dato < letter.letter.dato) out.push(at(file, ['dato'], 'advarsel', `tillegget er datert ${formatShortDate(tillegg.dato)}, før tildelingsbrevet (${formatShortDate(letter.letter.dato)})`, 'Sjekk datoen.'));

  // Numbers in use: the letter's, earlier tillegg's, and renumberings in this one, each with the file that gave it.
  const used = new Map<string, string>([...ledger.assignments].map(([id, a]) => [id, a.numberedIn.file]));
  const highest = () => Math.max(0, ...[...used.keys()].filter((id) => Number(id.slice(0, 4)) === year).map((id) => Number(id.slice(5))));
  tillegg.oppdragsendringer.forEach((change, i) => {
    if (!used.has(change.oppdrag)) {
      out.push(at(file, ['oppdragsendringer', i, 'oppdrag'], 'feil', `oppdrag ${change.oppdrag} finnes ikke i tildelingsbrevet eller tidligere tillegg`, 'Rett nummeret.'));
      return;
    }
    if (change.nytt_nr) {
      const other = used.get(change.nytt_nr);
      if (other) out.push(at(file, ['oppdragsendringer', i, 'nytt_nr'], 'feil', `nytt nummer ${change.nytt_nr} er allerede brukt i ${other}`, `Bruk et ledig nummer, for eksempel ${assignmentIdOf(year, highest() + 1)}.`));
      else {
        used.delete(change.oppdrag);
        used.set(change.nytt_nr, file.file);
      }
    }
    if (!change.nytt_nr && !change.frist && !change.tekst?.trim()) out.push(at(file, ['oppdragsendringer', i], 'advarsel', `endringen i oppdrag ${change.oppdrag} sier ikke hva som endres`, 'Oppgi «nytt_nr», «frist» eller «tekst».'));
  });

  const goals = new Set(letter.goals.map((g) => g.goal.nr));
  let expected = highest() + 1;
  for (const { assignment: a, file: aFile } of c.assignments) {
    const other = used.get(a.id);
    if (other) {
      const free = Math.max(highest(), ...c.assignments.map((x) => x.assignment.id).filter((id) => Number(id.slice(0, 4)) === year).map((id) => Number(id.slice(5)))) + 1;
      out.push(at(aFile, ['id'], 'feil', `oppdrag ${a.id} finnes allerede i ${other}`, `Nye oppdrag i et tillegg fortsetter nummereringen: neste ledige nummer er ${assignmentIdOf(year, free)}.`));
      continue;
    }
    used.set(a.id, aFile.file);
    if (Number(a.id.slice(0, 4)) !== year) {
      out.push(at(aFile, ['id'], 'feil', `oppdrag ${a.id} har feil år: tillegget gjelder tildelingsbrevet for ${year}`, `Gi oppdraget nummer ${assignmentIdOf(year, expected)}.`));
      continue;
    }
    const n = Number(a.id.slice(5));
    if (n !== expected) out.push(at(aFile, ['id'], 'advarsel', `nummereringen skal fortsette der brevet og tidligere tillegg slapp: ventet ${assignmentIdOf(year, expected)}, fant ${a.id}`, 'Nummerer nye oppdrag fortløpende etter det høyeste nummeret som er gitt.'));
    expected = Math.max(expected, n) + 1;
    if (aFile.name !== `oppdrag/${a.id}.md`) out.push(at(aFile, ['id'], 'advarsel', `filnavnet stemmer ikke med oppdragsnummeret ${a.id}`, `Gi filen navnet oppdrag/${a.id}.md.`));
    if (a.mål === undefined) out.push(at(aFile, ['mål'], 'feil', 'et nytt oppdrag i et tillegg skal høre til et mål', 'Skriv «mål: N».'));
    else if (!goals.has(a.mål)) out.push(at(aFile, ['mål'], 'feil', `oppdraget viser til mål nr. ${a.mål}, som ikke finnes i tildelingsbrevet`, `Målene i brevet er nr. ${[...goals].join(', ')}.`));
    a.finansiering.forEach((f, fi) => {
      if (!ledger.posts.has(postKey(f.kap, f.post))) out.push(at(aFile, ['finansiering', fi], 'advarsel', `oppdraget finansieres over ${postReference(f.kap, f.post)}, som ikke står i tildelingsbrevets budsjett`, 'Sjekk kapittel og post.'));
    });
  }

  const after = new Map<string, number>();
  tillegg.budsjettendringer.forEach((change, i) => {
    const key = postKey(change.kap, change.post);
    const p = ledger.posts.get(key);
    if (!p) {
      out.push(at(file, ['budsjettendringer', i, 'post'], 'feil', `${postReference(change.kap, change.post)} står ikke i tildelingsbrevets budsjett`, 'Et tillegg endrer poster som er stilt til disposisjon i brevet; rett kapittel og post.'));
      return;
    }
    if (change.endring === 0) out.push(at(file, ['budsjettendringer', i, 'endring'], 'advarsel', `endringen på ${postReference(change.kap, change.post)} er 0`, 'Fjern linjen, eller oppgi beløpet (positivt for økning, negativt for reduksjon).'));
    const next = (after.get(key) ?? p.kroner) + toKroner(change.endring, change.enhet);
    after.set(key, next);
    if (next < 0) out.push(at(file, ['budsjettendringer', i, 'endring'], 'feil', `${postReference(change.kap, change.post)} blir negativ: ${formatAmountText(next)} etter endringen`, `Før endringen disponerer virksomheten ${formatAmountText(p.kroner)} på posten.`));
  });
  return out;
}
