import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { DocxRenderer, Format } from './types.js';
import type { Composed } from '../model/composed.js';
import type { SignOptions } from '../sign/signPdf.js';
import { writeTogether } from './writeAtomic.js';
import { drawCharts } from '../layout/charts/drawCharts.js';


/** Where a document's outputs go: <out>/<document folder relative to the folder asked for>.<format>. */
export function outputBase(root: string, dir: string, outDir: string): string {
  const rel = relative(resolve(root), resolve(dir));
  return join(outDir, rel === '' ? basename(resolve(dir)) : rel);
}

/**
 * Output bases for documents found under several folders asked for. When two would collide (for example
 * `build a/arsrapport b/arsrapport`), every document is placed relative to the folders' common ancestor
 * instead, so each keeps a distinct, recognisable name.
 */
export function outputBases(found: ReadonlyArray<{ root: string; dir: string }>, outDir: string): string[] {
  const bases = found.map(({ root, dir }) => outputBase(root, dir, outDir));
  if (new Set(bases).size === bases.length) return bases;
  const ancestor = found.map(({ root }) => dirname(resolve(root))).reduce(commonAncestor);
  return found.map(({ dir }) => join(outDir, relative(ancestor, resolve(dir))));
}

function commonAncestor(a: string, b: string): string {
  const x = a.split(sep);
  const y = b.split(sep);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(sep) || sep;
}

/**
 * Renders every requested format in memory first and writes only when all succeeded, and then replaces all
 * of the document's outputs together (see writeTogether), so a failure leaves the previous outputs as they were.
 * Renderers are loaded on demand: a DOCX build never loads pdfkit, nor the HTML writer.
 * With `docxRenderer` (watch's worker thread), the DOCX renders there while this thread renders the PDF.
 */
export async function renderAndWrite(composed: Composed, base: string, formats: readonly Format[], signing?: SignOptions, docxRenderer?: DocxRenderer, { draft = false } = {}): Promise<string[]> {
  const outputs: Array<[string, Uint8Array | string | Promise<Uint8Array>]> = [];
  // Variants (the årsrapport's publication version) are written beside the main output and never signed; a draft's
  // names end in -utkast, so a draft never replaces the final document.
  await drawCharts([composed.model, ...(composed.variants ?? []).map((v) => v.model)]);
  const named = (name: string) => (draft ? `${name}-utkast` : name);
  const versions = [{ base: named(base), composed, sign: true }, ...(composed.variants ?? []).map((v) => ({ base: named(`${base}-${v.suffix}`), composed: v, sign: false }))];
  for (const { base, composed, sign } of versions) for (const format of formats) {
    if (format === 'md') {
      const { renderMarkdown } = await import('../render/markdown/index.js');
      outputs.push([`${base}.md`, renderMarkdown(composed.model)]);
    }
    if (format === 'html') {
      const { renderHtml } = await import('../render/html/index.js');
      outputs.push([`${base}.html`, renderHtml(composed.model)]);
    }
    if (format === 'docx') {
      if (docxRenderer) {
        const docx = docxRenderer(composed.model);
        docx.catch(() => {}); // awaited below, after the PDF; until then a failure must not count as unhandled
        outputs.push([`${base}.docx`, docx]);
      } else {
        const { renderDocx } = await import('../render/docx/index.js');
        outputs.push([`${base}.docx`, await renderDocx(composed.model)]);
      }
    }
    if (format === 'pdf') {
      const { renderPdf } = await import('../render/pdf/index.js');
      const pdf = await renderPdf(composed.model);
      if (signing && sign) {
        const { signPdf } = await import('../sign/signPdf.js');
        outputs.push([`${base}.pdf`, (await signPdf(pdf, signing)).signed]);
      } else outputs.push([`${base}.pdf`, pdf]);
    }
  }
  const rendered = await Promise.all(outputs.map(async ([path, data]): Promise<[string, Uint8Array | string]> => [path, await data]));
  writeTogether(rendered);
  return rendered.map(([path]) => path);
}
