import { relative, sep } from 'node:path';
import { contentLimits } from './validate/contentLimits.js';
import { ContentError, type Diagnostic } from './core/diagnostics.js';
import { DOCUMENT_KINDS, kindOf } from './kinds/index.js';
import { wideTableWarnings } from './layout/wideTables.js';
import { loadFolder } from './load/loadFolder.js';
import { checkChapterNumbers } from './validate/chapterNumberChecks.js';
import type { Composed } from './model/composed.js';

export interface Checked {
  dir: string;
  diagnostics: Diagnostic[];
  /** Present when the content has no errors: composes the document. */
  compose?: () => Composed;
  /** Present when the content can be composed despite its errors: composes it for a draft (`build --utkast`). */
  composeDraft?: () => Composed;
}

/** Loads and validates one document folder. Never throws for problems in the content. */
export async function checkDocument(dir: string): Promise<Checked> {
  const kind = await (kindOf(dir) ?? DOCUMENT_KINDS[0]).load();
  const folder = loadFolder(dir);
  const beyondLimits = contentLimits(folder);
  const { content, draft, diagnostics } = kind.validate(folder);
  if (beyondLimits.length > 0) return { dir, diagnostics: [...beyondLimits, ...diagnostics] };
  const composable = content ?? draft;
  const composeDraft = composable === undefined ? undefined : () => kind.compose(composable);
  if (!content) return { dir, diagnostics, composeDraft };
  return { dir, diagnostics, compose: () => kind.compose(content), composeDraft };
}

/**
 * Composes a checked document, turning template problems into diagnostics. A draft is composed despite errors in the
 * content, when the content could be read far enough.
 */
export function composeChecked(checked: Checked, { draft = false } = {}): { composed?: Composed; diagnostics: Diagnostic[] } {
  const compose = draft ? checked.composeDraft : checked.compose;
  if (!compose) return { diagnostics: checked.diagnostics };
  try {
    const composed = compose();
    const file = relative(process.cwd(), checked.dir).split(sep).join('/');
    const wide = [composed.model, ...(composed.variants ?? []).map((v) => v.model)].flatMap((model) => wideTableWarnings(model, file));
    // The publication variant has the same tables as the document: one warning each.
    const unique = [...new Map(wide.map((d) => [d.message, d])).values()];
    return { composed, diagnostics: [...checked.diagnostics, ...checkChapterNumbers(composed.model.blocks, checked.dir), ...unique] };
  } catch (e) {
    if (e instanceof ContentError) return { diagnostics: [...checked.diagnostics, ...e.diagnostics] };
    throw e;
  }
}
