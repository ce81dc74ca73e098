import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { årsrapport } from './arsrapport/kind.js';
import type { DocumentKind } from './documentKind.js';
import { halvårsrapport } from './halvarsrapport/kind.js';
import { tildelingsbrev } from './tildelingsbrev/kind.js';
import { tillegg } from './tillegg/kind.js';

/** Every document kind. A new kind is a folder beside these and one entry here. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [tildelingsbrev, tillegg, årsrapport, halvårsrapport];

/** The kind of the document in `dir`, from its main file. */
export function kindOf(dir: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => existsSync(join(dir, k.mainFile)));
}
