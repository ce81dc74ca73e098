import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostics.js';
import { fileSystemError, isErrnoError } from './fileSystemError.js';
import { displayPath } from './paths.js';
import { FORBIDDEN_HINT, FORBIDDEN_MESSAGE, firstForbidden, positionInText } from './textHygiene.js';

/**
 * Content files larger than this are refused: no real letter comes near it (a large generated letter with
 * 500 assignments is well under 1 MB in total), and it keeps a wrong file from stalling the build.
 */
export const MAX_CONTENT_BYTES = 5 * 1024 * 1024;

export type TextResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const fileProblem = (path: string, at: { line: number; col: number }, message: string, hint: string): TextResult => ({
  ok: false,
  diagnostic: { severity: 'feil', file: displayPath(path), ...at, message, hint },
});

/** 1-based line and column (in characters, as far as they can be decoded) of byte `offset`. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8');
  return { line, col: [...before].length + 1 };
}

/** Where the first byte sequence that is not valid UTF-8 starts, and its bytes; undefined when the bytes are valid. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; length: number } | undefined {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0) return { offset: i, length: 1 };
    // The second byte's range excludes overlong forms, UTF-16 surrogates (ED A0–BF) and code points above U+10FFFF.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      const ok = i + k < bytes.length && (k === 1 ? c >= low && c <= high : (c & 0xc0) === 0x80);
      if (!ok) return { offset: i, length: Math.min(k + 1, bytes.length - i) };
    }
    i += n;
  }
  return undefined;
}

/**
 * Reads a content file as UTF-8 text: refuses binary, non-UTF-8 and oversized files, and text with control
 * characters or noncharacters (see textHygiene.ts), with a clear message
 * (and where in the file the problem is), drops a byte-order mark and turns CRLF line endings into LF.
 */
export function readText(path: string): TextResult {
  try {
    return readTextFile(path);
  } catch (e) {
    if (!isErrnoError(e)) throw e;
    return { ok: false, diagnostic: fileSystemError(e, path, 'lese').toDiagnostic() };
  }
}

function readTextFile(path: string): TextResult {
  const size = statSync(path).size;
  if (size > MAX_CONTENT_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace('.', ',');
    return fileProblem(path, { line: 1, col: 1 }, `filen er på ${mb(size)} MB; største tillatte størrelse er ${MAX_CONTENT_BYTES / 1024 / 1024} MB`, 'Del opp teksten i flere filer, eller sjekk at dette er riktig fil (ikke for eksempel et bilde eller en eksport med en annen filendelse).');
  }
  const bytes = readFileSync(path);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fileProblem(path, { line: 1, col: 1 }, 'filen er ikke en tekstfil (den inneholder binære data)', 'Innholdsfiler skal være Markdown- eller YAML-tekst. Flytt bilder og andre filer ut av mappen, eller gi dem en annen filendelse.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes)!;
    const shown = [...bytes.subarray(bad.offset, bad.offset + bad.length)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    return fileProblem(path, positionOf(bytes, bad.offset), `filen er ikke lagret som UTF-8 (tegnet her, ${bad.length > 1 ? 'bytene' : 'byte'} ${shown}, er trolig æ, ø, å eller et annet tegn lagret med en eldre tegnkoding)`, 'Lagre filen på nytt med tegnkoding UTF-8 (i de fleste redigeringsprogram: «Lagre som» → Koding: UTF-8).');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const forbidden = firstForbidden(text);
  if (forbidden) return fileProblem(path, positionInText(text, forbidden.index), FORBIDDEN_MESSAGE(forbidden.cp), FORBIDDEN_HINT);
  return { ok: true, text };
}
