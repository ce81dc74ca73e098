import { fallbackFace, fallbackFor, type FallbackKey } from '../core/fallbackFonts.js';

/** A stretch of text drawn in one font: Arimo, or the fallback face named. */
export interface FontRun {
  text: string;
  fallback?: FallbackKey;
}

/** Characters that belong to the character before them (joiners, variation selectors, combining marks). */
const ATTACHED = /^[\u200d\ufe0e\ufe0f\p{M}]$/u;
/**
 * Characters between two Arabic characters that stay in the Arabic run, so that a phrase is set right to left as a
 * whole. Other faces' runs end at a space: Arimo's space is narrower than Noto Emoji's.
 */
const BETWEEN = /^[\s\p{P}]$/u;

function keyOf(main: ReadonlyMap<number, number>, char: string): FallbackKey | undefined {
  const codePoint = char.codePointAt(0)!;
  if (codePoint < 0x20 || main.has(codePoint)) return undefined;
  return fallbackFor(codePoint);
}

/**
 * Splits text into runs of Arimo (whose character map is `main`) and of fallback faces; a character no face has stays
 * with Arimo (as .notdef).
 */
export function fontRuns(main: ReadonlyMap<number, number>, text: string): FontRun[] {
  const chars = Array.from(text);
  const keys = chars.map((char) => keyOf(main, char));
  for (let i = 1; i < chars.length; i++) {
    const previous = keys[i - 1];
    if (keys[i] !== undefined || previous === undefined) continue;
    const has = (char: string) => fallbackFace(previous).font.hasGlyphForCodePoint(char.codePointAt(0)!);
    if (ATTACHED.test(chars[i]) && has(chars[i])) keys[i] = previous;
    else if (previous === 'arabic' && BETWEEN.test(chars[i])) {
      let j = i;
      while (j < chars.length && keys[j] === undefined && BETWEEN.test(chars[j]) && has(chars[j])) j++;
      if (j < chars.length && keys[j] === previous) keys.fill(previous, i, j);
    }
  }
  const runs: FontRun[] = [];
  for (let i = 0; i < chars.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.fallback === keys[i]) last.text += chars[i];
    else runs.push(keys[i] ? { text: chars[i], fallback: keys[i] } : { text: chars[i] });
  }
  return runs;
}
