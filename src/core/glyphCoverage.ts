import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fallbackFor } from './fallbackFonts.js';
import { readTtfMetrics } from './ttf.js';

/** Text of only these characters needs no look-up: Arimo has every one (Latin, Latin Extended-A/B, common punctuation). */
const ARIMO_SURELY = /^[\t\n\r\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u203a\u20ac]*$/;

let arimo: ReadonlyMap<number, number> | undefined;

function arimoHas(codePoint: number): boolean {
  if (!arimo) {
    const require = createRequire(import.meta.url);
    arimo = readTtfMetrics(readFileSync(require.resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'))).cmap;
  }
  return codePoint < 0x20 || arimo.has(codePoint);
}

export interface MissingGlyph {
  char: string;
  /** UTF-16 offset in the text. */
  index: number;
}

/** The characters of a text that neither Arimo nor a fallback font has, and that would be drawn as empty boxes. */
export function missingGlyphs(text: string): MissingGlyph[] {
  if (ARIMO_SURELY.test(text)) return [];
  const out: MissingGlyph[] = [];
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!arimoHas(codePoint) && fallbackFor(codePoint) === undefined) out.push({ char, index });
    index += char.length;
  }
  return out;
}
