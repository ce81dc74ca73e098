import { ExternalHyperlink, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Run } from '../../model/document.js';
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
 * Converts inline runs to paragraph children. Consecutive runs with the same link target become one hyperlink;
 * "#id" targets become internal links to the heading's bookmark (plain text if no heading has that id).
 */
export function inlineChildren(runs: readonly Run[], anchors: AnchorNames): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (let i = 0; i < runs.length; ) {
    const href = runs[i].href;
    if (!href) {
      children.push(...textRuns(runs[i++]));
      continue;
    }
    const group: Run[] = [];
    while (i < runs.length && runs[i].href === href) group.push(runs[i++]);
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
