import type { PageFurniture } from '../model/document.js';
import type { DrawOp } from './ops.js';
import { PAGE } from './theme.js';

/** The furniture's watermark (UTKAST on a draft) diagonally across the page, light enough to read the text through. */
export function watermarkOps(furniture: PageFurniture): DrawOp[] {
  if (!furniture.watermark) return [];
  return [{
    kind: 'watermark', text: furniture.watermark, centreX: PAGE.width / 2, centreY: PAGE.height / 2,
    angle: -(Math.atan2(PAGE.height, PAGE.width) * 180) / Math.PI, font: 'bold', size: 120, color: '#e6e6e6', characterSpacing: 0,
  }];
}
