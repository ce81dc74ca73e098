import { createHash } from 'node:crypto';

const MARK = '# Skrevet av styringsdok import-regnskap';
const digest = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 16);

/**
 * The first line names the program, the spreadsheet and a digest of the rest: a later import may replace the file
 * only while the digest still matches, so a file edited by hand (or never written by the program) is never
 * overwritten.
 */
export function withMark(body: string, source: string): string {
  return `${MARK} fra ${source} (kontrollsum ${digest(body)}). Endre regnearket og importer på nytt.\n${body}`;
}

export function writtenByUs(text: string): boolean {
  const newline = text.indexOf('\n');
  const first = text.slice(0, newline);
  const sum = /\(kontrollsum ([0-9a-f]{16})\)/.exec(first);
  return first.startsWith(MARK) && sum !== null && sum[1] === digest(text.slice(newline + 1));
}

/** The spreadsheet a regnskap.yaml was imported from, by its first line; undefined for a hand-written one. */
export function importedFrom(text: string): string | undefined {
  const newline = text.indexOf('\n');
  const first = newline < 0 ? text : text.slice(0, newline);
  return first.startsWith(`${MARK} fra `) ? /^ fra (.+) \(kontrollsum [0-9a-f]{16}\)\./.exec(first.slice(MARK.length))?.[1] : undefined;
}
