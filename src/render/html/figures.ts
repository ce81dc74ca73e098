import { drawnChart, type Figure } from '../../model/document.js';
import { escapeHtml } from './escape.js';

/** The chart as inline SVG (role="img", its title the alt text, as drawn), the caption under it. */
export function figureHtml(block: Figure): string {
  return `<figure class="diagram">${drawnChart(block).svg}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
}
