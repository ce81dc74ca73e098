import type { PageFurniture } from '../../model/document.js';
import { escapeHtml } from './escape.js';

/**
 * The sender's address columns of the letter's first page, as the page's footer; the first line of a column is its
 * label. The page numbers and the running header are in the print style sheet (style.ts).
 */
export function footerHtml(furniture: PageFurniture): string {
  const columns = furniture.firstPageFooter ?? [];
  if (columns.length === 0) return '';
  const column = ([label, ...lines]: string[]) => `<p><strong>${escapeHtml(label ?? '')}</strong>${lines.map((l) => `<br>${escapeHtml(l)}`).join('')}</p>`;
  return `<footer class="sidefot">${columns.map(column).join('')}</footer>`;
}
