import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Composed } from './compose/letter/composeLetter.js';
import { DOCUMENT_KINDS, type DocumentKind } from './documentKinds.js';
import { loadFolder } from './load/loadFolder.js';
import { displayPath } from './load/paths.js';
import { ContentError, type Diagnostic } from './validate/diagnostics.js';

const MAIN_FILES = DOCUMENT_KINDS.map((k) => k.mainFile);

/** The kind of the document in `dir`, from its main file. */
export function kindOf(dir: string): DocumentKind<unknown> | undefined {
  return DOCUMENT_KINDS.find((k) => existsSync(join(dir, k.mainFile)));
}

export interface Checked {
  dir: string;
  diagnostics: Diagnostic[];
  /** Present when the content has no errors: composes the document. */
  compose?: () => Composed;
}

/** Loads and validates one document folder. Never throws for problems in the content. */
export function checkDocument(dir: string): Checked {
  const kind = kindOf(dir) ?? DOCUMENT_KINDS[0];
  const folder = loadFolder(dir);
  const { content, diagnostics } = kind.validate(folder);
  if (!content) return { dir, diagnostics };
  return { dir, diagnostics, compose: () => kind.compose(content) };
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
    message: existsSync(root) ? `fant ingen dokumenter (ingen mappe med ${MAIN_FILES.join(' eller ')})` : 'mappen finnes ikke',
    hint: `Oppgi en dokumentmappe (med ${MAIN_FILES.join(' eller ')}) eller en mappe som inneholder slike.`,
  };
}
