import { tildelingsbrev } from '../tildelingsbrev/kind.js';
import { MAIN_FILE } from './mainFile.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentFile, LoadedFolder } from '../../load/loadFolder.js';
import { loadFolder } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { hasErrors } from '../../core/diagnostics.js';
import { parseWith } from '../../validate/zodIssues.js';
import { checkMarkdown } from '../../validate/markdownChecks.js';
import { closest } from '../../validate/suggest.js';
import { accountsSchema, keyFiguresSchema, partSchema, reportChapterSchema, reportSchema, resultsSchema } from './schema.js';
import { PART_FOLDERS, PART_NUMERALS, partNames } from './parts.js';
import { validateLetter } from '../tildelingsbrev/validate.js';
import type { ReportContent, ReportPart } from './content.js';
import { checkCharts } from './charts.js';
import { checkAccounts, checkKeyFigures, coverageDiagnostics, placeholderDiagnostics } from './checks.js';
import { DATA_FILES, dataFileDiagnostics } from './dataFiles.js';

export const PARTS_FOLDER = 'deler/';

/** Schema-checks every file of an årsrapport folder, the six parts, the sums and the answers to the letter. */
export function validateReport(folder: LoadedFolder): { content?: ReportContent; draft?: ReportContent; diagnostics: Diagnostic[] } {
  const diagnostics = [...folder.diagnostics];
  const mainFile = folder.files.get(MAIN_FILE);
  if (!mainFile) {
    if (!folder.unreadable.has(MAIN_FILE)) {
      diagnostics.push({ severity: 'feil', file: displayPath(folder.dir), line: 0, col: 0, message: `mappen mangler ${MAIN_FILE}`, hint: 'En årsrapport trenger rapport.md med virksomhet, år, dato og leder. Se docs/arsrapport.md.' });
    }
    return { diagnostics };
  }
  const report = parseWith(reportSchema, mainFile, diagnostics);
  const partFiles = new Map<string, { del?: ContentFile; chapters: ContentFile[] }>();
  const content: Omit<ReportContent, 'report' | 'parts'> = { dir: folder.dir, reportFile: mainFile, templates: folder.templates };
  for (const [name, file] of folder.files) {
    if (name === MAIN_FILE) continue;
    if (name.startsWith(PARTS_FOLDER)) {
      const rest = name.slice(PARTS_FOLDER.length);
      const slash = rest.indexOf('/');
      if (slash < 0 || !name.endsWith('.md')) {
        diagnostics.push({ severity: 'advarsel', file: file.file, line: 0, col: 0, message: 'filen brukes ikke: delene er mapper under deler/, med Markdown-filer', hint: 'Flytt filen inn i mappen for delen den hører til, for eksempel deler/3-aktiviteter-og-resultater/.' });
        continue;
      }
      const partDir = rest.slice(0, slash);
      const entry = partFiles.get(partDir) ?? { chapters: [] };
      if (rest.slice(slash + 1) === 'del.md') entry.del = file;
      else entry.chapters.push(file);
      partFiles.set(partDir, entry);
    } else if (name === DATA_FILES.results) {
      const data = parseWith(resultsSchema, file, diagnostics);
      if (data) content.results = { data, file };
    } else if (name === DATA_FILES.keyFigures) {
      const data = parseWith(keyFiguresSchema, file, diagnostics);
      if (data) content.keyFigures = { data, file };
    } else if (name === DATA_FILES.accounts) {
      const data = parseWith(accountsSchema, file, diagnostics);
      if (data) content.accounts = { data, file };
    } else {
      diagnostics.push({ severity: 'advarsel', file: file.file, line: 0, col: 0, message: 'filen brukes ikke i en årsrapport', hint: `Legg tekst i deler/…/, data i ${Object.values(DATA_FILES).join(', ')}, eller fjern filen.` });
    }
  }
  for (const [name, file] of folder.files) {
    if (name.endsWith('.md') && name !== MAIN_FILE) diagnostics.push(...checkMarkdown(file.body, { file: file.file, path: join(folder.dir, name), dir: folder.dir, line: file.bodyLine }));
  }
  diagnostics.push(...placeholderDiagnostics(folder));
  if (!report) return { diagnostics };

  const before = diagnostics.length;
  const parts = readParts(folder, partFiles, report.språk, report.år, diagnostics);
  const partsComplete = diagnostics.length === before;
  const full: ReportContent = { ...content, report, parts: parts ?? [] };
  diagnostics.push(...dataFileDiagnostics(folder, full));
  if (content.keyFigures) {
    const { data, file } = content.keyFigures;
    diagnostics.push(...checkKeyFigures(data, file, report.år), ...checkCharts(data.diagrammer, file, ['diagrammer'], data.år));
  }
  if (content.accounts) diagnostics.push(...checkAccounts(content.accounts.data, content.accounts.file));

  // The letter the report answers: every goal, parameter and assignment must be answered.
  if (report.tildelingsbrev === undefined) {
    diagnostics.push({ severity: 'advarsel', file: mainFile.file, line: 1, col: 1, field: 'tildelingsbrev',
      message: 'rapporten oppgir ikke tildelingsbrevet den svarer på, så det er ikke kontrollert at alle mål, styringsparametere og oppdrag i brevet er besvart',
      hint: 'Oppgi mappen med tildelingsbrevet i «tildelingsbrev:», for eksempel «../tildelingsbrev», når brevet finnes som innhold.' });
    if (hasErrors(diagnostics)) return { draft: full, diagnostics };
    return { content: full, diagnostics };
  }
  const letterDir = resolve(folder.dir, report.tildelingsbrev);
  const where = { file: mainFile.file, ...mainFile.yaml.locate(['tildelingsbrev']), field: 'tildelingsbrev' };
  if (!existsSync(join(letterDir, tildelingsbrev.mainFile))) {
    diagnostics.push({ severity: 'feil', ...where, message: `fant ikke tildelingsbrevet: ${displayPath(letterDir)} har ingen ${tildelingsbrev.mainFile}`, hint: 'Oppgi mappen med tildelingsbrevet rapporten svarer på, relativt til rapportmappen, for eksempel «../tildelingsbrev».' });
  } else {
    const letter = validateLetter(loadFolder(letterDir));
    if (!letter.content) {
      diagnostics.push({ severity: 'advarsel', ...where, message: `tildelingsbrevet i ${displayPath(letterDir)} har feil, så det er ikke kontrollert at rapporten svarer på alt i det`, hint: `Kjør «styringsdok check ${displayPath(letterDir)}».` });
    } else {
      full.letter = letter.content;
      if (letter.content.letter.år !== report.år) {
        diagnostics.push({ severity: 'feil', ...where, message: `tildelingsbrevet gjelder ${letter.content.letter.år}, men rapporten gjelder ${report.år}`, hint: 'Pek på tildelingsbrevet for rapportåret, eller rett «år:».' });
      }
      if (partsComplete) diagnostics.push(...coverageDiagnostics(full, letter.content));
    }
  }
  if (hasErrors(diagnostics)) return { draft: full, diagnostics };
  return { content: full, diagnostics };
}

/** The six parts: each folder under deler/ is a part, in name order, named by its del.md. */
function readParts(folder: LoadedFolder, partFiles: Map<string, { del?: ContentFile; chapters: ContentFile[] }>, language: 'nb' | 'nn', year: number, diagnostics: Diagnostic[]): ReportPart[] {
  const expected = partNames(language, year);
  const other = partNames(language === 'nb' ? 'nn' : 'nb', year);
  const partsDir = displayPath(join(folder.dir, PARTS_FOLDER));
  const listing = expected.map((n, i) => `${PART_NUMERALS[i]} ${n}`).join(', ');
  const folders = [...partFiles.keys()].sort((a, b) => a.localeCompare(b, 'nb', { numeric: true }));
  const found: Array<{ folder: string; index: number; part: ReportPart }> = [];
  for (const name of folders) {
    const entry = partFiles.get(name)!;
    if (!entry.del) {
      diagnostics.push({ severity: 'feil', file: `${partsDir}${name}`, line: 0, col: 0, message: `delen mangler del.md med delens navn`, hint: `Legg til deler/${name}/del.md med «tittel:» – en av: ${listing}.` });
      continue;
    }
    const part = parseWith(partSchema, entry.del, diagnostics);
    if (!part) continue;
    const index = expected.indexOf(part.tittel);
    const at = { file: entry.del.file, ...entry.del.yaml.locate(['tittel']), field: 'tittel' };
    if (index < 0) {
      const otherIndex = other.indexOf(part.tittel);
      const guess = otherIndex >= 0 ? expected[otherIndex] : closest(part.tittel, expected);
      diagnostics.push({
        severity: 'feil', ...at,
        message: otherIndex >= 0
          ? `«${part.tittel}» er navnet på ${otherIndex >= 0 ? `del ${PART_NUMERALS[otherIndex]}` : ''} på ${language === 'nb' ? 'nynorsk' : 'bokmål'}, men rapporten er på ${language === 'nb' ? 'bokmål' : 'nynorsk'}`
          : `ukjent del «${part.tittel}»${guess ? ` – mente du «${guess}»?` : ''}`,
        hint: `En årsrapport har nøyaktig seks deler med disse navnene, i denne rekkefølgen: ${listing}.`,
      });
      continue;
    }
    const chapters: ReportPart['chapters'] = [];
    for (const file of entry.chapters.sort((a, b) => a.name.localeCompare(b.name, 'nb', { numeric: true }))) {
      const chapter = parseWith(reportChapterSchema, file, diagnostics);
      if (chapter) {
        chapters.push({ chapter, text: file.body, file });
        diagnostics.push(...checkCharts(chapter.diagrammer, file, ['diagrammer']));
      }
    }
    found.push({ folder: name, index, part: { index, title: part.tittel, intro: entry.del.body, file: entry.del, chapters } });
  }
  // Each part once, all six, in order.
  for (let i = 0; i < expected.length; i++) {
    const same = found.filter((f) => f.index === i);
    for (const dup of same.slice(1)) {
      diagnostics.push({ severity: 'feil', file: dup.part.file.file, ...dup.part.file.yaml.locate(['tittel']), field: 'tittel', message: `del ${PART_NUMERALS[i]} «${expected[i]}» finnes flere ganger (også i deler/${same[0].folder}/)`, hint: 'Hver del skal finnes nøyaktig én gang; slå mappene sammen.' });
    }
    if (same.length === 0) {
      diagnostics.push({ severity: 'feil', file: partsDir, line: 0, col: 0, message: `del ${PART_NUMERALS[i]} «${expected[i]}» mangler`, hint: `Legg til mappen deler/${PART_FOLDERS[i]}/ med del.md (tittel: ${expected[i]}). Delene er: ${listing}.` });
    }
  }
  let last = -1;
  for (const [position, f] of found.entries()) {
    if (f.index < last) {
      const previous = found[position - 1];
      diagnostics.push({
        severity: 'feil', file: f.part.file.file, ...f.part.file.yaml.locate(['tittel']), field: 'tittel',
        message: `del ${PART_NUMERALS[f.index]} «${expected[f.index]}» står etter del ${PART_NUMERALS[previous.index]} «${expected[previous.index]}»; delene skal komme i rekkefølgen I–VI`,
        hint: `Mappene under deler/ leses i navnerekkefølge: gi mappen for del ${PART_NUMERALS[f.index]} et navn som begynner med ${f.index + 1}- (for eksempel deler/${PART_FOLDERS[f.index]}/).`,
      });
    }
    last = Math.max(last, f.index);
  }
  // With problems, the parts that could be read still make a draft (build --utkast); the errors keep the report itself from being built.
  return found.map((f) => f.part);
}
