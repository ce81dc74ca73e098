import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../packageRoot.js';

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
    hyphenateSync ??= loadHyphenator();
    let index = 0;
    for (const part of hyphenateSync(word, { hyphenChar: '\u00ad' }).split('\u00ad').slice(0, -1)) {
      index += part.length;
      if (/\p{L}/u.test(word[index - 1]) && /\p{L}/u.test(word[index])) points.push(index);
    }
  }
  cache.set(word, points);
  return points;
}

/** The bundle reads the patterns from the JSON `npm run build` writes beside it; the sources load the package's own. */
function loadHyphenator(): HyphenateSync {
  const require = createRequire(import.meta.url);
  const patterns: unknown = import.meta.url.endsWith('.ts')
    ? require('hyphen/patterns/nb')
    : JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', 'hyphen-nb.json'), 'utf8'));
  return (require('hyphen/export-contract.js') as (patterns: unknown) => { hyphenateSync: HyphenateSync })(patterns).hyphenateSync;
}
