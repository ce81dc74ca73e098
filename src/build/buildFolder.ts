import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkDocument, composeChecked } from '../documents.js';
import type { BuildJob, BuildOutcome, DocxRenderer, Format } from './types.js';
import { displayPath, isInside } from '../load/paths.js';
import { SignError } from '../sign/SignError.js';
import { asFileSystemError } from '../load/fileSystemError.js';
import type { SignOptions } from '../sign/signPdf.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { renderAndWrite } from './buildDocument.js';
import { asDraft } from '../compose/draft.js';

export interface BuildOptions {
  signing?: SignOptions;
  /** Throw signing and internal errors instead of returning them as the outcome's `failure`. */
  rethrow?: boolean;
  /** Where the DOCX is rendered, when not in this thread (watch's worker thread). */
  docxRenderer?: DocxRenderer;
  /** Write a draft despite errors in the content (`build --utkast`): marked UTKAST, the diagnostics on a last page. */
  draft?: boolean;
}

/**
 * Checks, composes, renders and writes one document; the outputs are written only when all formats
 * succeeded. Problems in the content become diagnostics. With `rethrow`, signing and internal errors
 * are thrown (the one-document CLI reports them as before); without, they become the outcome's `failure`,
 * so one document's failure does not stop a batch or a watch.
 */
export async function buildFolder(job: BuildJob, formats: readonly Format[], { signing, rethrow = false, docxRenderer, draft = false }: BuildOptions = {}): Promise<BuildOutcome> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let diagnostics: Diagnostic[] = [];
  if (isInside(realpathSync(job.dir), join(realDir(dirname(job.base)), basename(job.base)))) {
    // Outputs in the document folder would be read back as content by the next build.
    const diagnostic = { severity: 'feil' as const, file: displayPath(job.base), line: 0, col: 0, message: 'utdata kan ikke skrives inn i dokumentmappen', hint: 'Velg en utdatamappe utenfor dokumentmappen med --out, for eksempel output.' };
    return { dir: job.dir, ok: false, diagnostics: [diagnostic], written: [], seconds: seconds() };
  }
  try {
    const result = composeChecked(await checkDocument(job.dir), { draft });
    diagnostics = result.diagnostics;
    if (!result.composed) return { dir: job.dir, ok: false, diagnostics, written: [], seconds: seconds() };
    const written = draft
      ? await renderAndWrite(asDraft(result.composed, diagnostics), job.base, formats, undefined, docxRenderer, { draft })
      : await renderAndWrite(result.composed, job.base, formats, signing, docxRenderer);
    return { dir: job.dir, ok: true, diagnostics, written, seconds: seconds() };
  } catch (e) {
    if (rethrow) throw e;
    const fsError = asFileSystemError(e);
    const failure = e instanceof SignError
      ? { kind: 'signering' as const, message: e.message, hint: e.hint }
      : fsError
        ? { kind: 'filsystem' as const, message: fsError.message, hint: fsError.hint }
        : { kind: 'intern' as const, message: (e as Error)?.stack ?? String(e) };
    return { dir: job.dir, ok: false, diagnostics, written: [], seconds: seconds(), failure };
  }
}

/** The folder with links resolved as far as it exists. */
function realDir(dir: string): string {
  return existsSync(dir) ? realpathSync(dir) : join(realDir(dirname(dir)), basename(dir));
}
