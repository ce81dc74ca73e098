import { createRequire } from 'node:module';

type HyphenateSync = (text: string, options: { hyphenChar: string }) => string;

let hyphenateSync: HyphenateSync | undefined;
const cache = new Map<string, number[]>();

/**
 * Where a word may be hyphenated: indices into `word` (UTF-16) between two letters. The nb and nn patterns in `hyphen`
 * are the same TeX patterns (hyph-no), so one set serves both languages. They are loaded when a line first needs
 * them, so documents whose lines all fit never pay for them.
 */
export function hyphenationPoints(word: string): number[] {
  const known = cache.get(word);
  if (known) return known;
  const points: number[] = [];
  if (word.length >= 5 && !/\d/.test(word)) {
    hyphenateSync ??= (createRequire(import.meta.url)('hyphen/nb') as { hyphenateSync: HyphenateSync }).hyphenateSync;
    let index = 0;
    for (const part of hyphenateSync(word, { hyphenChar: '\u00ad' }).split('\u00ad').slice(0, -1)) {
      index += part.length;
      if (/\p{L}/u.test(word[index - 1]) && /\p{L}/u.test(word[index])) points.push(index);
    }
  }
  cache.set(word, points);
  return points;
}
