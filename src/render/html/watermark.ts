import type { PageFurniture } from '../../model/document.js';
import { escapeHtml } from './escape.js';

/** The draft's mark as a banner at the top; in print it is fixed, so every printed page shows it. */
export function watermarkHtml(furniture: PageFurniture): string {
  return furniture.watermark ? `<p class="utkast" role="note">${escapeHtml(furniture.watermark)}</p>\n` : '';
}

export function watermarkCss(furniture: PageFurniture): string {
  if (!furniture.watermark) return '';
  return '\n.utkast{margin:0 0 12pt;padding:4pt;text-align:center;font-weight:700;letter-spacing:.3em;color:#c00000;border:1.5pt solid #c00000}\n'
    + '@media print{.utkast{position:fixed;top:0;left:0;right:0;margin:0;border:none}}';
}
