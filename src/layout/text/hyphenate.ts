import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../packageRoot.js';
import { hyphenateText } from './hyphenateText.js';
import { compactPatterns, readCompactPatterns, type PatternsDefinition } from './hyphenationPatterns.js';
import { wordMarkers } from './liang.js';

let hyphenate: ((text: string) => string) | undefined;
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
    hyphenate ??= loadHyphenator();
    let index = 0;
    for (const part of hyphenate(word).split('\u00ad').slice(0, -1)) {
      index += part.length;
      if (/\p{L}/u.test(word[index - 1]) && /\p{L}/u.test(word[index])) points.push(index);
    }
  }
  cache.set(word, points);
  return points;
}

/**
 * The bundle reads the patterns from the compact text `npm run build` writes beside it, much faster than parsing the
 * package's trie (README, «Ytelse»); the sources convert the package's own.
 */
function loadHyphenator(): (text: string) => string {
  const patterns = readCompactPatterns(import.meta.url.endsWith('.ts')
    ? compactPatterns(createRequire(import.meta.url)('hyphen/patterns/nb') as PatternsDefinition)
    : readFileSync(join(PACKAGE_ROOT, 'dist', 'hyphen-nb.txt'), 'utf8'));
  return (text) => hyphenateText(text, (word) => wordMarkers(patterns, word));
}
