import { unreachable, type Block, type Heading, type ListBlock } from '../../model/document.js';
import { headingHtml } from './headings.js';
import { letterheadHtml, signaturesHtml } from './letterBlocks.js';
import { inlinesHtml } from './inline.js';
import { isTableTitle, tableHtml } from './tables.js';
import { tocHtml } from './toc.js';
import { figureHtml } from './figures.js';

/** What every block needs besides itself: the headings the table of contents lists. */
export interface HtmlContext {
  toc: readonly Heading[];
}

function listHtml(list: ListBlock, ctx: HtmlContext): string {
  const items = list.items.map((item) => `<li>${blocksHtml(item, ctx)}</li>`).join('');
  if (!list.ordered) return `<ul>${items}</ul>`;
  return `<ol${list.start !== 1 ? ` start="${list.start}"` : ''}>${items}</ol>`;
}

export function blocksHtml(blocks: readonly Block[], ctx: HtmlContext): string {
  let html = '';
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (isTableTitle(block, blocks[i + 1])) {
      html += tableHtml(blocks[i + 1] as Extract<Block, { type: 'table' }>, block);
      i++;
      continue;
    }
    html += blockHtml(block, ctx);
  }
  return html;
}

export function blockHtml(block: Block, ctx: HtmlContext): string {
  switch (block.type) {
    case 'heading':
      return headingHtml(block);
    case 'paragraph':
      return `<p>${inlinesHtml(block.content)}</p>`;
    case 'list':
      return listHtml(block, ctx);
    case 'table':
      return tableHtml(block);
    case 'toc':
      return tocHtml(block, ctx.toc);
    case 'letterhead':
      return letterheadHtml(block);
    case 'signatures':
      return signaturesHtml(block);
    case 'note':
      return `<div class="merknad">${blocksHtml(block.children, ctx)}</div>`;
    case 'keepTogether':
      return `<div class="hold-sammen">${blocksHtml(block.children, ctx)}</div>`;
    case 'quote':
      return `<blockquote>${blocksHtml(block.children, ctx)}</blockquote>`;
    case 'pageBreak':
      return '<div class="sideskift"></div>';
    case 'figure':
      return figureHtml(block);
    default:
      return unreachable(block);
  }
}
