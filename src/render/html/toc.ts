import type { Block, Heading, TocBlock } from '../../model/document.js';
import { escapeHtml } from './escape.js';
import { numberHtml } from './headings.js';
import { runsHtml } from './inline.js';

/** The id of the table of contents' own heading; prefixed so that it cannot meet a heading's slug. */
export const TOC_HEADING_ID = 'sd-innhold';

/** The headings the table of contents lists, in document order, wherever they are nested. */
export function tocHeadings(blocks: readonly Block[]): Heading[] {
  const found: Heading[] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'heading' && block.inToc) found.push(block);
      else if ('children' in block) visit(block.children);
      else if (block.type === 'list') block.items.forEach(visit);
    }
  };
  visit(blocks);
  return found;
}

/** A nav landmark with nested ordered lists following the heading levels; each entry links to its heading. */
export function tocHtml(toc: TocBlock, headings: readonly Heading[]): string {
  let html = '';
  const open: number[] = [];
  for (const heading of headings) {
    const level = Math.max(1, heading.level);
    if (open.length === 0 || level > open[open.length - 1]) {
      html += '<ol>';
      open.push(level);
    } else {
      while (open.length > 1 && level < open[open.length - 1]) {
        html += '</li></ol>';
        open.pop();
      }
      html += '</li>';
    }
    html += `<li><a href="#${escapeHtml(heading.id)}">${numberHtml(heading.number)}${runsHtml(heading.content.map(({ href: _, ...run }) => run))}</a>`;
  }
  html += '</li></ol>'.repeat(open.length);
  return `<nav class="innhold" aria-labelledby="${TOC_HEADING_ID}"><h1 id="${TOC_HEADING_ID}">${escapeHtml(toc.title)}</h1>${html}</nav>`;
}
