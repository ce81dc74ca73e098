import type { CompactPatterns, PatternSection } from './hyphenationPatterns.js';

/**
 * Where the `hyphen` package hyphenates a word (hyphen.js, `hyphenateWord` with its exceptions): indices into `word`
 * before which a hyphen goes. Liang's algorithm over ".word.", with the package's quirks kept so that every word
 * gets the same points as from the package itself.
 */
export function wordMarkers({ sections, exceptions }: CompactPatterns, word: string): readonly number[] {
  const lowered = word.toLocaleLowerCase();
  const exception = exceptions.get(lowered);
  if (exception) return exception;
  const dotted = `.${lowered}.`;
  // Sized by the word as written: lower-casing may change the length ("İ" becomes two units).
  const levels = new Uint8Array(word.length + 1);
  // hyphen.js keeps the levels in an array that grows when a pattern reaches past it (the new entries are NaN, never
  // a marker), and zeroes the last two entries of the grown array.
  let length = levels.length;
  // The package skips the slices shorter than three, so no pattern starts at the last letter or the final dot.
  for (let start = 0; start + 3 <= dotted.length; start++) {
    // A pattern with the leading dot has its levels from the first letter on, not from the dot: the package counts
    // both the slice at the dot and the one after it as starting at the first letter.
    const at = Math.max(start - 1, 0);
    for (let keyLength = 1; keyLength <= dotted.length - start && keyLength < sections.length; keyLength++) {
      const section = sections[keyLength];
      const found = section ? find(section, dotted.slice(start, start + keyLength)) : -1;
      if (!section || found < 0) continue;
      const from = found * (keyLength + 1);
      // Zeros pad the digits; the package's levels end at their last non-zero.
      let count = keyLength + 1;
      while (count > 0 && section.levels.charCodeAt(from + count - 1) === 48) count--;
      length = Math.max(length, at + count);
      for (let k = 0; k < count && at + k < levels.length; k++) {
        levels[at + k] = Math.max(levels[at + k], section.levels.charCodeAt(from + k) - 48);
      }
    }
  }
  for (const i of [0, 1, length - 1, length - 2]) if (i < levels.length) levels[i] = 0;
  const markers: number[] = [];
  for (let i = 0; i < levels.length; i++) if (levels[i] & 1) markers.push(i);
  return markers;
}

/**
 * Binary search for `key` among the section's keys (all as long as `key`); its index, or -1. Slices compared as
 * strings: comparing unit by unit with charCodeAt made the first word, before V8 optimises, ten times slower.
 */
function find({ keys }: PatternSection, key: string): number {
  let low = 0;
  let high = keys.length / key.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const candidate = keys.slice(mid * key.length, (mid + 1) * key.length);
    if (candidate === key) return mid;
    if (candidate < key) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
