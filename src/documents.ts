import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { composeLetter, type Composed } from './compose/letter/composeLetter.js';
import { loadFolder } from './load/loadFolder.js';
import { displayPath } from './load/paths.js';
import { ContentError, type Diagnostic } from './validate/diagnostics.js';
import { LETTER_MAIN_FILE, validateLetter } from './validate/letter/validateLetter.js';

/** Main files that make a folder a document. */
const MAIN_FILES = [LETTER_MAIN_FILE];

export interface Checked {
  dir: string;
  diagnostics: Diagnostic[];
  /** Present when the content has no errors: composes the document. */
  compose?: () => Composed;
}

/** Loads and validates one document folder. Never throws for problems in the content. */
export function checkDocument(dir: string): Checked {
  const folder = loadFolder(dir);
  const { content, diagnostics } = validateLetter(folder);
  if (!content) return { dir, diagnostics };
  return { dir, diagnostics, compose: () => composeLetter(content) };
}

/** Composes a checked document, turning template problems into diagnostics. */
export function composeChecked(checked: Checked): { composed?: Composed; diagnostics: Diagnostic[] } {
  if (!checked.compose) return { diagnostics: checked.diagnostics };
  try {
    return { composed: checked.compose(), diagnostics: checked.diagnostics };
  } catch (e) {
    if (e instanceof ContentError) return { diagnostics: [...checked.diagnostics, ...e.diagnostics] };
    throw e;
  }
}

/**
 * The document folders at or below `root`: a folder with a main file is a document; otherwise its
 * subfolders are searched. An empty result is reported by the caller.
 */
export function findDocuments(root: string): string[] {
  if (MAIN_FILES.some((f) => existsSync(join(root, f)))) return [root];
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'maler' && e.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => findDocuments(join(root, e.name)));
}

export function noDocumentsDiagnostic(root: string): Diagnostic {
  return {
    severity: 'feil', file: displayPath(root), line: 0, col: 0,
    message: existsSync(root) ? 'fant ingen dokumenter (ingen mappe med brev.md)' : 'mappen finnes ikke',
    hint: 'Oppgi en dokumentmappe (med brev.md) eller en mappe som inneholder slike.',
  };
}
