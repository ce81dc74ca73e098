import { ExternalHyperlink, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Run } from '../../model/document.js';
import type { AnchorNames } from './anchors.js';
import { STYLE } from './styles.js';

/** Formatting added to every run, e.g. bold for a label line. */
export interface RunDefaults {
  bold?: boolean;
}

/** Text runs for one model run; "\n" inside the text becomes a line break. */
function textRuns(run: Run, defaults: RunDefaults, style?: string): TextRun[] {
  return run.text.split('\n').flatMap((part, i) => {
    if (part === '' && i === 0) return [];
    return [new TextRun({
      text: part,
      break: i > 0 ? 1 : undefined,
      bold: run.bold || defaults.bold || undefined,
      italics: run.italic || undefined,
      style,
    })];
  });
}

/**
 * Converts inline runs to paragraph children. Consecutive runs with the same link target become one hyperlink;
 * "#id" targets become internal links to the heading's bookmark (plain text if no heading has that id).
 */
export function inlineChildren(runs: readonly Run[], anchors: AnchorNames, defaults: RunDefaults = {}): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (let i = 0; i < runs.length; ) {
    const href = runs[i].href;
    if (!href) {
      children.push(...textRuns(runs[i], defaults));
      i++;
      continue;
    }
    const group: Run[] = [];
    while (i < runs.length && runs[i].href === href) group.push(runs[i++]);
    children.push(...hyperlink(href, group, anchors, defaults));
  }
  return children;
}

function hyperlink(href: string, group: readonly Run[], anchors: AnchorNames, defaults: RunDefaults): ParagraphChild[] {
  if (href.startsWith('#')) {
    const anchor = anchors.get(href.slice(1));
    const plain = group.flatMap((run) => textRuns(run, defaults));
    if (!anchor) return plain;
    return [new InternalHyperlink({ anchor, children: group.flatMap((run) => textRuns(run, defaults, STYLE.hyperlink)) })];
  }
  return [new ExternalHyperlink({ link: href, children: group.flatMap((run) => textRuns(run, defaults, STYLE.hyperlink)) })];
}

/** The plain text of runs (for alt texts and tests of structure). */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
