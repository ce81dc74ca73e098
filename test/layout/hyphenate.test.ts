import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../src/layout/text/hyphenate.js';
import { CONTENT } from '../helpers/examples.js';

type HyphenateSync = (text: string, options: { hyphenChar: string }) => string;
const require = createRequire(import.meta.url);
const { hyphenateSync } = require('hyphen/nb') as { hyphenateSync: HyphenateSync };
// Read before the package has hyphenated anything (see beforeAll).
const EXCEPTIONS = Object.keys((require('hyphen/patterns/nb') as [unknown, unknown, Record<string, number[]>])[2]);

/** The points as hyphenationPoints found them with the package's own hyphenator, before the patterns were compacted. */
function packagePoints(word: string): number[] {
  const points: number[] = [];
  if (word.length >= 5 && !/\d/.test(word)) {
    let index = 0;
    for (const part of hyphenateSync(word, { hyphenChar: '\u00ad' }).split('\u00ad').slice(0, -1)) {
      index += part.length;
      if (/\p{L}/u.test(word[index - 1]) && /\p{L}/u.test(word[index])) points.push(index);
    }
  }
  return points;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(md|yaml)$/.test(e.name) ? [join(dir, e.name)] : []);
}

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzæøå', ...'abcdefghijklmnopqrstuvwxyzæøå', ...'AEIKOSTÆØÅ', 'é', 'ü'];
const letters = (maxLength: number) => fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength });

// The package stores every word it hyphenates among its exceptions, in the very object `hyphen/patterns/nb` exports.
// Loaded after it, the sources' patterns would hold the package's answers for the words already tested.
beforeAll(() => {
  hyphenationPoints('orddelingsmønstrene');
});

describe('hyphenationPoints gives the points the hyphen package gives', () => {
  it('for every word of five letters or more in content/, alone and with the punctuation around it', () => {
    const text = files(CONTENT).map((f) => readFileSync(f, 'utf8')).join('\n');
    const words = new Set([...text.matchAll(/\p{L}{5,}/gu)].map((m) => m[0]));
    const tokens = new Set(text.split(/\s+/).filter((t) => t.length >= 5));
    expect(words.size).toBeGreaterThan(2000);
    const differing = [...words, ...tokens].filter((w) => JSON.stringify(hyphenationPoints(w)) !== JSON.stringify(packagePoints(w)));
    expect(differing).toEqual([]);
    // Not two empty lists: most long words do get points.
    expect([...words].filter((w) => hyphenationPoints(w).length > 0).length).toBeGreaterThan(words.size * 0.8);
  });

  it('for random words of Norwegian letters, small and capital', () => {
    fc.assert(fc.property(letters(24), (word) => {
      expect(hyphenationPoints(word)).toEqual(packagePoints(word));
    }), { numRuns: 5000 });
  });

  it('for random words with hyphens, apostrophes, quotes, spaces, soft hyphens and tag-like brackets', () => {
    const unit = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...LETTERS) }, fc.constantFrom('-', '–', "'", '«', '»', ' ', '.', '\u00ad', '<', '>', '/', 'İ'));
    fc.assert(fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), (word) => {
      expect(hyphenationPoints(word)).toEqual(packagePoints(word));
    }), { numRuns: 5000 });
  });

  it('for the words the patterns list as exceptions, whatever their case', () => {
    expect(EXCEPTIONS.length).toBeGreaterThan(100);
    for (const word of EXCEPTIONS) {
      for (const written of [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]) {
        expect(hyphenationPoints(written), written).toEqual(packagePoints(written));
      }
    }
    expect(hyphenationPoints('Fingerspitzengefühl')).toEqual([6, 14, 17]);
    // The patterns alone would hyphenate it.
    expect(hyphenationPoints('polisen')).toEqual([]);
  });
});
