import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { onPath } from '../load/fileSystemError.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { displayPath, specialFileSystem } from '../load/paths.js';
import { DOCUMENT_KINDS } from './index.js';

/** The main file of each document kind: a folder holding one is a document. */
const MAIN_FILES = DOCUMENT_KINDS.map((k) => k.mainFile);

/**
 * The document folders at or below `root`: a folder with a main file is a document; otherwise its
 * subfolders are searched. An empty result is reported by the caller. The kinds' checking and composing code is
 * not loaded by this (see documentKind.ts).
 */
export function findDocuments(root: string): string[] {
  if (specialFileSystem(resolve(root))) return [];
  if (MAIN_FILES.some((f) => existsSync(join(root, f)))) return [root];
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) return [];
  return onPath(root, 'lese', () => readdirSync(root, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'maler' && e.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => findDocuments(join(root, e.name)));
}

export function noDocumentsDiagnostic(root: string): Diagnostic {
  return {
    severity: 'feil', file: displayPath(root), line: 0, col: 0,
    message: specialFileSystem(resolve(root)) ? `${specialFileSystem(resolve(root))} er et spesielt filsystem for operativsystemet, ikke en mappe med dokumenter`
      : statSync(root, { throwIfNoEntry: false })?.isFile() ? 'dette er en fil, ikke en mappe' : existsSync(root) ? `fant ingen dokumenter (ingen mappe med ${MAIN_FILES.join(' eller ')})` : 'mappen finnes ikke',
    hint: `Oppgi en dokumentmappe (med ${MAIN_FILES.join(' eller ')}) eller en mappe som inneholder slike.`,
  };
}
