import { contentLimits } from './validate/contentLimits.js';
import { ContentError, type Diagnostic } from './core/diagnostics.js';
import { DOCUMENT_KINDS, kindOf } from './kinds/index.js';
import { loadFolder } from './load/loadFolder.js';
import { checkChapterNumbers } from './validate/chapterNumberChecks.js';
import type { Composed } from './model/composed.js';

export interface Checked {
  dir: string;
  diagnostics: Diagnostic[];
  /** Present when the content has no errors: composes the document. */
  compose?: () => Composed;
}

/** Loads and validates one document folder. Never throws for problems in the content. */
export async function checkDocument(dir: string): Promise<Checked> {
  const kind = await (kindOf(dir) ?? DOCUMENT_KINDS[0]).load();
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
    const composed = checked.compose();
    return { composed, diagnostics: [...checked.diagnostics, ...checkChapterNumbers(composed.model.blocks, checked.dir)] };
  } catch (e) {
    if (e instanceof ContentError) return { diagnostics: [...checked.diagnostics, ...e.diagnostics] };
    throw e;
  }
}
