import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Composed } from './model/composed.js';
import { DOCUMENT_KINDS, type DocumentKind } from './documentKinds.js';
import { loadFolder } from './load/loadFolder.js';
import { contentLimits } from './validate/contentLimits.js';
import { ContentError, type Diagnostic } from './core/diagnostics.js';

/** The kind of the document in `dir`, from its main file. */
export function kindOf(dir: string): DocumentKind<unknown> | undefined {
  return DOCUMENT_KINDS.find((k) => existsSync(join(dir, k.mainFile)));
}

export interface Checked {
  dir: string;
  diagnostics: Diagnostic[];
  /** Present when the content has no errors: composes the document. */
  compose?: () => Composed;
}

/** Loads and validates one document folder. Never throws for problems in the content. */
export function checkDocument(dir: string): Checked {
  const kind = kindOf(dir) ?? DOCUMENT_KINDS[0];
  const folder = loadFolder(dir);
  const beyondLimits = contentLimits(folder);
  const { content, diagnostics } = kind.validate(folder);
  if (beyondLimits.length > 0) return { dir, diagnostics: [...beyondLimits, ...diagnostics] };
  if (!content) return { dir, diagnostics };
  return { dir, diagnostics, compose: () => kind.compose(content) };
}

/** Composes a checked document, turning template problems into diagnostics. */
export function composeChecked(checked: Checked): { composed?: Composed; diagnostics: Diagnostic[] } {
  if (!checked.compose) return { diagnostics: checked.diagnostics };
  try {
    return { composed: checked.compose(), diagnostics: checked.diagnostics };
  } catch (e) {
    if (e instanceof ContentError) return { diagnostics: [...checked.diagnostics, ...e.diagnostics] };
    throw e;
  }
}
