import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
export const LETTER_2023 = join(CONTENT, 'imdi-2023', 'tildelingsbrev');
export const TILLEGG_2023 = join(CONTENT, 'imdi-2023', 'tillegg-1');
export const LETTER_2024 = join(CONTENT, 'imdi-2024', 'tildelingsbrev');
export const REPORT_2020 = join(CONTENT, 'imdi-2020', 'arsrapport');

/** A private copy of the 2023 example (letter and tillegg side by side), for tests that add or change files. */
export function copy2023(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'styringsdok-2023-')), 'imdi-2023');
  cpSync(LETTER_2023, join(root, 'tildelingsbrev'), { recursive: true });
  cpSync(TILLEGG_2023, join(root, 'tillegg-1'), { recursive: true });
  return root;
}
