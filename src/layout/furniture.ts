import type { PageFurniture } from '../model/document.js';
import { getMeasurer } from './fonts.js';
import type { DrawOp } from './ops.js';
import { COLORS, FURNITURE, PAGE } from './theme.js';

const COLUMN_GAP = 10;

function firstPageFooterLines(columns: string[][]): number {
  return Math.max(0, ...columns.map((column) => column.length));
}

/** Top of the first-page footer block (the rule above the address columns). */
export function firstPageFooterTop(columns: string[][]): number {
  const linesBottom = FURNITURE.footerBaseline - FURNITURE.size - 8;
  return linesBottom - firstPageFooterLines(columns) * FURNITURE.firstPageFooterLeading - 6;
}

function expand(format: string, page: number, pages: number): string {
  return format.replaceAll('{side}', String(page)).replaceAll('{sider}', String(pages));
}

/** Page number line, running header (pages after the first) and the sender's address columns (page 1 only). */
export function furnitureOps(furniture: PageFurniture, pageIndex: number, pageCount: number): DrawOp[] {
  const ops: DrawOp[] = [];
  const left = PAGE.marginLeft;
  const right = PAGE.width - PAGE.marginRight;
  const size = FURNITURE.size;
  const pageText = expand(furniture.pageNumberFormat, pageIndex + 1, pageCount);
  if (pageText.trim() !== '') {
    const width = getMeasurer().width(pageText, 'regular', size);
    ops.push({ kind: 'text', x: right - width, baseline: FURNITURE.footerBaseline, text: pageText, font: 'regular', size, color: COLORS.muted });
  }
  if (pageIndex > 0 && furniture.header) {
    ops.push({ kind: 'text', x: left, baseline: FURNITURE.headerBaseline, text: furniture.header, font: 'regular', size, color: COLORS.muted });
    ops.push({ kind: 'rule', x1: left, x2: right, y1: FURNITURE.headerBaseline + 4, y2: FURNITURE.headerBaseline + 4, width: 0.4, color: COLORS.rule });
  }
  const columns = furniture.firstPageFooter ?? [];
  if (pageIndex === 0 && columns.length > 0) {
    const top = firstPageFooterTop(columns);
    ops.push({ kind: 'rule', x1: left, x2: right, y1: top, y2: top, width: 0.4, color: COLORS.rule });
    const columnWidth = (right - left + COLUMN_GAP) / columns.length;
    const fsize = FURNITURE.firstPageFooterSize;
    columns.forEach((column, c) => {
      column.forEach((line, i) => {
        ops.push({
          kind: 'text', x: left + c * columnWidth, baseline: top + 6 + fsize + i * FURNITURE.firstPageFooterLeading,
          text: fitText(line, i === 0 ? 'bold' : 'regular', fsize, columnWidth - COLUMN_GAP),
          font: i === 0 ? 'bold' : 'regular', size: fsize, color: '#000000',
        });
      });
    });
  }
  return ops;
}

/** Shortens a footer line that would run into the next column. */
function fitText(text: string, font: 'regular' | 'bold', size: number, width: number): string {
  const m = getMeasurer();
  if (m.width(text, font, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && m.width(`${cut}…`, font, size) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
