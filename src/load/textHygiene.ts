/**
 * Characters content may not hold: control characters other than tab and line break (they have no place in a
 * letter, and most are invalid in the DOCX's XML) and Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and
 * the last two of every plane), which make the DOCX unreadable, as does half a UTF-16 surrogate pair (only a
 * YAML escape like "\uD800" can make one). They often come from text pasted from elsewhere. One regular expression
 * scans a file many times faster than a loop over its code points.
 */
const FORBIDDEN = /(?![\t\n])\p{Cc}|\p{Cs}|\p{Noncharacter_Code_Point}/u;

/** The first forbidden character in `text`: its index (in UTF-16 units) and code point. */
export function firstForbidden(text: string): { index: number; cp: number } | undefined {
  const found = FORBIDDEN.exec(text);
  return found ? { index: found.index, cp: text.codePointAt(found.index)! } : undefined;
}

/** "U+FFFE" for the message. */
export const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const kindOf = (cp: number) => (cp < 0xa0 ? 'et styretegn' : cp >= 0xd800 && cp <= 0xdfff ? 'en halv UTF-16-kode' : 'et ikke-tegn i Unicode');
export const FORBIDDEN_MESSAGE = (cp: number) => `teksten inneholder et usynlig tegn som ikke er tillatt (${codePointName(cp)}, ${kindOf(cp)})`;
export const FORBIDDEN_HINT = 'Slett tegnet (det kommer ofte med tekst som er limt inn fra et annet program); skriv teksten på nytt ved behov.';

/** 1-based line and column (in characters) of `index` in `text`. */
export function positionInText(text: string, index: number): { line: number; col: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: [...before.slice(lineStart)].length + 1 };
}
