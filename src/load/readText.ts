import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../validate/diagnostics.js';
import { displayPath } from './paths.js';

/** Content files larger than this are refused: no real letter comes near it, and it protects the build. */
export const MAX_CONTENT_BYTES = 5 * 1024 * 1024;

export type TextResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const fileProblem = (path: string, message: string, hint: string): TextResult => ({
  ok: false,
  diagnostic: { severity: 'feil', file: displayPath(path), line: 0, col: 0, message, hint },
});

/**
 * Reads a content file as UTF-8 text: refuses binary, non-UTF-8 and oversized files with a clear message,
 * drops a byte-order mark and turns CRLF line endings into LF.
 */
export function readText(path: string): TextResult {
  const size = statSync(path).size;
  if (size > MAX_CONTENT_BYTES) {
    return fileProblem(path, `filen er på ${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB; største tillatte størrelse er ${MAX_CONTENT_BYTES / 1024 / 1024} MB`, 'Del opp teksten i flere filer, eller sjekk at dette er riktig fil.');
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) {
    return fileProblem(path, 'filen er ikke en tekstfil (den inneholder binære data)', 'Innholdsfiler skal være Markdown- eller YAML-tekst. Flytt bilder og andre filer ut av mappen, eller gi dem en annen filendelse.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileProblem(path, 'filen er ikke lagret som UTF-8', 'Lagre filen på nytt med tegnkoding UTF-8 (i de fleste redigeringsprogram: «Lagre som» → Koding: UTF-8).');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
