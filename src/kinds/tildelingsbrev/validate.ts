import { MAIN_FILE } from './mainFile.js';
import { withMinistryDefaults } from './ministryDefaults.js';
import type { LoadedFolder } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { hasErrors } from '../../core/diagnostics.js';
import { appendixFileSchema, assignmentSchema, budgetSchema, goalSchema, letterSchema, proseChapterSchema } from './schema.js';
import { fieldPath, parseWith } from '../../validate/zodIssues.js';
import { checkMarkdown } from '../../validate/markdownChecks.js';
import { join } from 'node:path';
import { checkLetter } from './checks.js';
import { missingAmounts, reviewFlag } from './draftChecks.js';
import type { Budget } from './schema.js';
import type { LetterContent } from './content.js';

const FOLDERS = { chapters: 'kapitler/', goals: 'maal/', assignments: 'oppdrag/', appendices: 'vedlegg/' };
const BUDGET_FILE = 'budsjett.yaml';

/** Schema-checks every file of a tildelingsbrev folder, then cross-checks the whole; collects every problem. */
export function validateLetter(folder: LoadedFolder): { content?: LetterContent; draft?: LetterContent; diagnostics: Diagnostic[] } {
  const diagnostics = [...folder.diagnostics];
  const mainFile = folder.files.get(MAIN_FILE);
  if (!mainFile) {
    // When brev.md is there but could not be read, its own diagnostic says why; "missing" would be wrong.
    if (folder.unreadable.has(MAIN_FILE)) return { diagnostics };
    diagnostics.push({ severity: 'feil', file: displayPath(folder.dir), line: 0, col: 0, message: `mappen mangler ${MAIN_FILE}`, hint: 'Et tildelingsbrev trenger brev.md med avsender, mottaker og dato. Se docs/innholdsformat.md.' });
    return { diagnostics };
  }
  const letter = parseWith(letterSchema, withMinistryDefaults(mainFile, folder.dir, diagnostics), diagnostics);
  const content: Omit<LetterContent, 'letter'> = {
    dir: folder.dir, letterFile: mainFile, goals: [], assignments: [], chapters: new Map(), appendices: new Map(), templates: folder.templates,
  };
  for (const [name, file] of folder.files) {
    if (name === MAIN_FILE) continue;
    const text = file.body;
    if (name.startsWith(FOLDERS.goals) && name.endsWith('.md')) {
      const goal = parseWith(goalSchema, file, diagnostics);
      if (goal) content.goals.push({ goal, text, file });
    } else if (name.startsWith(FOLDERS.assignments) && name.endsWith('.md')) {
      const assignment = parseWith(assignmentSchema, file, diagnostics);
      if (assignment) content.assignments.push({ assignment, text, file });
    } else if (name.startsWith(FOLDERS.chapters) && name.endsWith('.md') && !name.slice(FOLDERS.chapters.length).includes('/')) {
      const chapter = parseWith(proseChapterSchema, file, diagnostics);
      if (chapter) content.chapters.set(name.slice(FOLDERS.chapters.length, -3), { title: chapter.tittel, text, file });
      if (chapter?.til_gjennomgang) diagnostics.push(reviewFlag(file, chapter.til_gjennomgang));
    } else if (name.startsWith(FOLDERS.appendices) && name.endsWith('.md')) {
      if (parseWith(appendixFileSchema, file, diagnostics)) content.appendices.set(name, { text, file });
    } else if (name === BUDGET_FILE) {
      const budget = parseWith(budgetSchema, file, diagnostics);
      const missing = budget ? missingAmounts(budget, file) : [];
      diagnostics.push(...missing);
      if (budget && missing.length === 0) content.budget = { budget: budget as Budget, file };
    } else {
      diagnostics.push({ severity: 'advarsel', file: file.file, line: 0, col: 0, message: 'filen brukes ikke i et tildelingsbrev', hint: `Flytt den til ${Object.values(FOLDERS).join(', ')} eller ${BUDGET_FILE}, eller fjern den.` });
    }
  }
  diagnostics.push(...markdownDiagnostics(folder));
  content.goals.sort((a, b) => a.goal.nr - b.goal.nr);
  content.assignments.sort((a, b) => a.assignment.id.localeCompare(b.assignment.id, 'nb', { numeric: true }));
  if (!letter) return { diagnostics };
  const full: LetterContent = { ...content, letter };
  if (hasErrors(diagnostics)) return { draft: full, diagnostics };
  diagnostics.push(...checkLetter(full));
  return hasErrors(diagnostics) ? { draft: full, diagnostics } : { content: full, diagnostics };
}

const BUDGET_MARKDOWN = new Set(['innledning', 'merknad', 'tekst', 'etter']);

/** Images, raw HTML and unsafe links in every Markdown text of the folder: file bodies and budsjett.yaml's text fields. */
function markdownDiagnostics(folder: LoadedFolder): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, file] of folder.files) {
    const path = join(folder.dir, name);
    const place = { file: file.file, path, dir: folder.dir };
    if (name.endsWith('.md') && name !== MAIN_FILE) out.push(...checkMarkdown(file.body, { ...place, line: file.bodyLine }));
    if (name === BUDGET_FILE) {
      const visit = (value: unknown, at: PropertyKey[]) => {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...at, i]));
        else if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) {
            if (typeof v === 'string' && BUDGET_MARKDOWN.has(k)) {
              const pos = file.yaml.locate([...at, k]);
              // A multi-line text is a block (`|`) starting on the line after its key.
              out.push(...checkMarkdown(v, { ...place, line: pos.line + (v.includes('\n') ? 1 : 0), field: fieldPath([...at, k]) }));
            } else visit(v, [...at, k]);
          }
        }
      };
      visit(file.yaml.data, []);
    }
  }
  return out;
}
