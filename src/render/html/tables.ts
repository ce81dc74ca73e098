import { isFootnote, type Align, type Block, type Cell, type Run, type Table } from '../../model/document.js';
import { runsHtml } from './inline.js';
import { withSoftHyphens } from './softHyphens.js';

const ALIGN_CLASS: Record<Align, string> = { left: '', center: ' class="c"', right: ' class="r"' };

/** A paragraph of runs only (a table's title has no footnotes). */
type TitleParagraph = { type: 'paragraph'; content: Run[] };

/** A paragraph that is all bold text and stands right before a table titles that table. */
export function isTableTitle(block: Block | undefined, next: Block | undefined): block is TitleParagraph {
  return block?.type === 'paragraph' && next?.type === 'table'
    && block.content.every((r) => !isFootnote(r))
    && block.content.some((r) => !isFootnote(r) && r.text.trim() !== '')
    && block.content.every((r) => !isFootnote(r) && (r.bold || r.text.trim() === ''));
}

function cellHtml(tag: 'th' | 'td', cell: Cell | undefined, align: Align | undefined, scope?: 'col' | 'row'): string {
  const attributes = `${scope ? ` scope="${scope}"` : ''}${ALIGN_CLASS[align ?? 'left']}`;
  return `<${tag}${attributes}>${runsHtml(withSoftHyphens(cell ?? []))}</${tag}>`;
}

function widthsHtml(table: Table, columns: number): string {
  const widths = Array.from({ length: columns }, (_, i) => table.columns[i]?.width ?? 0);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total === 0 || widths.includes(0)) return '';
  return `<colgroup>${widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join('')}</colgroup>`;
}

/**
 * Header rows become th with column scope. A table without header rows gets its first column as row headers,
 * so that every data cell still has a header (WCAG 1.3.1).
 */
export function tableHtml(table: Table, caption?: TitleParagraph): string {
  const columns = Math.max(1, table.columns.length, ...[...table.head, ...table.body, ...table.foot].map((row) => row.length));
  const align = (c: number) => table.columns[c]?.align;
  const cells = (row: Cell[], header: boolean) => Array.from({ length: columns }, (_, c) => {
    if (header) return cellHtml('th', row[c], align(c), 'col');
    if (table.head.length === 0 && c === 0) return cellHtml('th', row[c], align(c), 'row');
    return cellHtml('td', row[c], align(c));
  }).join('');
  const rows = (list: Cell[][], header: boolean) => list.map((row) => `<tr>${cells(row, header)}</tr>`).join('');
  const head = table.head.length ? `<thead>${rows(table.head, true)}</thead>` : '';
  const body = `<tbody>${rows(table.body, false)}</tbody>`;
  const foot = table.foot.length ? `<tfoot>${rows(table.foot, false)}</tfoot>` : '';
  return `<table class="tabell">${caption ? `<caption>${runsHtml(caption.content.map(({ bold: _, ...run }) => run))}</caption>` : ''}${widthsHtml(table, columns)}${head}${body}${foot}</table>`;
}
