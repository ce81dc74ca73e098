import { ExternalHyperlink, FootnoteReferenceRun, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { isFootnote, type Inline, type Run } from '../../model/document.js';
import type { AnchorNames } from './anchors.js';
import { STYLE } from './styles.js';
import { bindPercent } from '../../layout/text/noBreak.js';

/** Text runs for one model run; "\n" in the text (a "\n" run in particular) becomes a line break. */
function textRuns(run: Run, style?: string): TextRun[] {
  return bindPercent(run.text).split('\n').flatMap((part, i) => {
    if (part === '' && i === 0) return [];
    return [new TextRun({ text: part === '' ? undefined : part, break: i > 0 ? 1 : undefined, bold: run.bold || undefined, italics: run.italic || undefined, style })];
  });
}

/**
 * Converts inline content to paragraph children. Consecutive runs with the same link target become one hyperlink;
 * "#id" targets become internal links to the heading's bookmark (plain text if no heading has that id). A footnote
 * reference becomes Word's own footnote reference (the notes themselves are in the document's footnotes part).
 */
export function inlineChildren(runs: readonly Inline[], anchors: AnchorNames): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (let i = 0; i < runs.length; ) {
    const run = runs[i];
    if (isFootnote(run)) {
      children.push(new FootnoteReferenceRun(run.number));
      i++;
      continue;
    }
    const href = run.href;
    if (!href) {
      children.push(...textRuns(run));
      i++;
      continue;
    }
    const group: Run[] = [];
    for (let next = runs[i]; i < runs.length && !isFootnote(next) && next.href === href; next = runs[++i]) group.push(next);
    children.push(...hyperlink(href, group, anchors));
  }
  return children;
}

function hyperlink(href: string, group: readonly Run[], anchors: AnchorNames): ParagraphChild[] {
  const linked = group.flatMap((run) => textRuns(run, STYLE.hyperlink));
  if (!href.startsWith('#')) return [new ExternalHyperlink({ link: href, children: linked })];
  const anchor = anchors.get(href.slice(1));
  return anchor ? [new InternalHyperlink({ anchor, children: linked })] : group.flatMap((run) => textRuns(run));
}
