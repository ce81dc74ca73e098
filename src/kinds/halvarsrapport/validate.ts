import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { hasErrors } from '../../core/diagnostics.js';
import type { ContentFile, LoadedFolder } from '../../load/loadFolder.js';
import { loadFolder } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import { checkMarkdown } from '../../validate/markdownChecks.js';
import { parseWith } from '../../validate/zodIssues.js';
import { placeholderDiagnostics } from '../arsrapport/checks.js';
import { tildelingsbrev } from '../tildelingsbrev/kind.js';
import { validateLetter } from '../tildelingsbrev/validate.js';
import { findSupplements } from '../tillegg/findSupplements.js';
import { checkBudget, checkPeriod, coverageDiagnostics } from './checks.js';
import type { HalfYearContent } from './content.js';
import { periodItems } from './letterItems.js';
import { DATA_FILES, MAIN_FILE } from './mainFile.js';
import { periodOf, supplementsIn } from './period.js';
import { budgetUseSchema, halfYearSchema, statusSchema } from './schema.js';

/** Schema-checks a halvårsrapport folder, its period and budget figures, and what it answers of the letter. */
export function validateHalfYear(folder: LoadedFolder): { content?: HalfYearContent; draft?: HalfYearContent; diagnostics: Diagnostic[] } {
  const diagnostics = [...folder.diagnostics];
  const mainFile = folder.files.get(MAIN_FILE);
  if (!mainFile) {
    if (!folder.unreadable.has(MAIN_FILE)) diagnostics.push({ severity: 'feil', file: displayPath(folder.dir), line: 0, col: 0, message: `mappen mangler ${MAIN_FILE}`, hint: 'En halvårsrapport trenger halvarsrapport.md med virksomhet, år og dato. Se docs/halvarsrapport.md.' });
    return { diagnostics };
  }
  const report = parseWith(halfYearSchema, mainFile, diagnostics);
  const files: Partial<Record<keyof typeof DATA_FILES, ContentFile>> = {};
  for (const [name, file] of folder.files) {
    if (name === MAIN_FILE) continue;
    const key = (Object.keys(DATA_FILES) as Array<keyof typeof DATA_FILES>).find((k) => DATA_FILES[k] === name);
    if (key) files[key] = file;
    else diagnostics.push({ severity: 'advarsel', file: file.file, line: 0, col: 0, message: 'filen brukes ikke i en halvårsrapport', hint: `En halvårsrapport har ${MAIN_FILE}, ${DATA_FILES.status} og ${DATA_FILES.budget}; flytt eller fjern filen.` });
  }
  for (const key of Object.keys(DATA_FILES) as Array<keyof typeof DATA_FILES>) {
    if (!files[key] && !folder.unreadable.has(DATA_FILES[key])) diagnostics.push({ severity: 'feil', file: displayPath(join(folder.dir, DATA_FILES[key])), line: 0, col: 0, message: `mappen mangler ${DATA_FILES[key]}`, hint: 'Lag et utkast med «styringsdok draft-report --halvår BREVMAPPE --out MAPPE», eller se docs/halvarsrapport.md.' });
  }
  const status = files.status && parseWith(statusSchema, files.status, diagnostics);
  const budget = files.budget && parseWith(budgetUseSchema, files.budget, diagnostics);
  diagnostics.push(...checkMarkdown(mainFile.body, { file: mainFile.file, path: join(folder.dir, MAIN_FILE), dir: folder.dir, line: mainFile.bodyLine }));
  diagnostics.push(...placeholderDiagnostics(folder));
  if (!report || !status || !budget || !files.status || !files.budget) return { diagnostics };

  const period = periodOf(report.år, report.periode);
  diagnostics.push(...checkPeriod(period, report.år, mainFile));
  diagnostics.push(...checkBudget(budget, report.avviksgrense, files.budget));
  const content: HalfYearContent = {
    dir: folder.dir, report, reportFile: mainFile, period, supplements: [], templates: folder.templates,
    status: { data: status, file: files.status }, budget: { data: budget, file: files.budget },
  };
  if (report.tildelingsbrev === undefined) {
    diagnostics.push({ severity: 'advarsel', file: mainFile.file, line: 1, col: 1, field: 'tildelingsbrev', message: 'rapporten oppgir ikke tildelingsbrevet den svarer på, så det er ikke kontrollert at alle mål, styringsparametere, oppdrag og poster er besvart', hint: 'Oppgi mappen med tildelingsbrevet i «tildelingsbrev:», for eksempel «../tildelingsbrev».' });
  } else {
    const letterDir = resolve(folder.dir, report.tildelingsbrev);
    const where = { file: mainFile.file, ...mainFile.yaml.locate(['tildelingsbrev']), field: 'tildelingsbrev' };
    const found = existsSync(join(letterDir, tildelingsbrev.mainFile));
    const letter = found ? validateLetter(loadFolder(letterDir)).content : undefined;
    if (!found) {
      diagnostics.push({ severity: 'feil', ...where, message: `fant ikke tildelingsbrevet: ${displayPath(letterDir)} har ingen ${tildelingsbrev.mainFile}`, hint: 'Oppgi mappen med tildelingsbrevet, relativt til rapportmappen, for eksempel «../tildelingsbrev».' });
    } else if (!letter) {
      diagnostics.push({ severity: 'advarsel', ...where, message: `tildelingsbrevet i ${displayPath(letterDir)} har feil, så det er ikke kontrollert at rapporten svarer på alt i det`, hint: `Kjør «styringsdok check ${displayPath(letterDir)}».` });
    } else if (letter.letter.år !== report.år) {
      diagnostics.push({ severity: 'feil', ...where, message: `tildelingsbrevet gjelder ${letter.letter.år}, men rapporten gjelder ${report.år}`, hint: 'Pek på tildelingsbrevet for rapportåret, eller rett «år:».' });
    } else {
      const supplements = supplementsIn(period, findSupplements(letterDir, [folder.dir]));
      content.supplements = supplements.map((s) => s.tillegg.nr);
      diagnostics.push(...coverageDiagnostics(content.status, content.budget, periodItems(letter, supplements, period)));
    }
  }
  // With errors the report is not built, but `build --utkast` still writes it as a marked draft.
  return hasErrors(diagnostics) ? { draft: content, diagnostics } : { content, diagnostics };
}
