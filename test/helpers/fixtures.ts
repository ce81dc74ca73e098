import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
export const SMALL_LETTER = join(FIXTURES, 'letters', 'liten');
export const SMALL_HALF_YEAR = join(FIXTURES, 'halvarsrapport', 'liten');

/** A private copy of a fixture folder, for tests that change the content. */
export function copyFixture(dir = SMALL_LETTER): string {
  const target = join(mkdtempSync(join(tmpdir(), 'styringsdok-')), 'dok');
  cpSync(dir, target, { recursive: true });
  return target;
}

/** Replaces text in a file of a copied fixture; fails loudly when the text is not there (so the test stays meaningful). */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit: «${String(from)}» not found in ${file}`);
  writeFileSync(path, next);
}
