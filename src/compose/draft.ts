import type { Diagnostic } from '../core/diagnostics.js';
import type { Composed } from '../model/composed.js';
import type { Block, DocumentModel, Run } from '../model/document.js';
import { draftTexts } from './draftTexts.js';

/**
 * A composed document as a draft (`build --utkast`): every page marked UTKAST (the writers put the mark outside the
 * text flow) and a last page that lists the diagnostics, errors first, each as file:line:col: message.
 */
export function asDraft(composed: Composed, diagnostics: readonly Diagnostic[]): Composed {
  return {
    model: draftModel(composed.model, diagnostics),
    variants: composed.variants?.map((v) => ({ suffix: v.suffix, model: draftModel(v.model, diagnostics) })),
  };
}

function draftModel(model: DocumentModel, diagnostics: readonly Diagnostic[]): DocumentModel {
  const t = draftTexts(model.meta.language === 'nn-NO' ? 'nn' : 'nb');
  return {
    meta: model.meta,
    furniture: { ...model.furniture, watermark: t.mark },
    blocks: [...model.blocks, { type: 'pageBreak' }, ...errorPage(diagnostics, t)],
  };
}

function errorPage(diagnostics: readonly Diagnostic[], t: ReturnType<typeof draftTexts>): Block[] {
  const heading: Block = { type: 'heading', level: 1, id: 'feil-og-advarsler-i-utkastet', content: [{ text: t.heading }], inToc: false };
  if (diagnostics.length === 0) return [heading, { type: 'paragraph', content: [{ text: t.none }] }];
  const groups: Array<[string, Diagnostic[]]> = [
    [t.errors, diagnostics.filter((d) => d.severity === 'feil')],
    [t.warnings, diagnostics.filter((d) => d.severity === 'advarsel')],
  ];
  return [heading, ...groups.filter(([, list]) => list.length > 0).flatMap(([label, list]): Block[] => [
    { type: 'paragraph', content: [{ text: label, bold: true }] },
    { type: 'list', ordered: false, start: 1, items: list.map((d) => [{ type: 'paragraph', content: diagnosticRuns(d) }]) },
  ])];
}

function diagnosticRuns(d: Diagnostic): Run[] {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  return [{ text: `${where}: ${d.message}` }, ...(d.hint ? [{ text: '\n' }, { text: d.hint, italic: true }] : [])];
}
