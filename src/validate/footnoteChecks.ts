import type { Diagnostic } from '../core/diagnostics.js';

const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;
const DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:/gm;

/**
 * A footnote reference `[^navn]` whose note is not in the same text: it would be shown as the bracketed text itself.
 * (Notes are per text, as markdown-it-footnote reads them; a note in another file does not count.)
 */
export function checkFootnotes(text: string, place: { file: string; line: number; field?: string }): Diagnostic[] {
  if (!text.includes('[^')) return [];
  const defined = new Set([...text.matchAll(DEFINITION)].map((m) => m[1].toLowerCase()));
  const out: Diagnostic[] = [];
  text.split('\n').forEach((line, k) => {
    for (const m of line.matchAll(REFERENCE)) {
      if (defined.has(m[1].toLowerCase())) continue;
      out.push({
        severity: 'advarsel', file: place.file, line: place.line + k, col: (m.index ?? 0) + 1, field: place.field,
        message: `fotnoten «[^${m[1]}]» har ingen tekst og vises som den står`,
        hint: `Skriv noten på en egen linje i samme fil: «[^${m[1]}]: Teksten i noten.»`,
      });
    }
  });
  return out;
}
