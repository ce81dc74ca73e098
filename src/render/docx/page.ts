import { PAGE as PDF_PAGE } from '../../layout/theme.js';

/** Points to twips (1/20 pt), the unit of most DOCX measures. */
export const twips = (points: number): number => Math.round(points * 20);

/**
 * Page geometry shared by the section setup, tables and the first-page footer (all in twips): the shared theme's, so
 * Word and LibreOffice break pages where the shared pagination does (see src/layout/pagination.ts).
 */
export const PAGE = {
  width: 11906, // A4
  height: 16838,
  marginTop: twips(PDF_PAGE.marginTop), // 2.5 cm
  marginBottom: twips(PDF_PAGE.marginBottom),
  marginLeft: twips(PDF_PAGE.marginLeft),
  marginRight: twips(PDF_PAGE.marginRight), // 2.2 cm
  header: 567, // 1 cm from the edge
  footer: 567,
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** Splits `total` twips in proportion to `weights`; the last column takes the rounding remainder so the sum is exact. */
export function proportionalWidths(weights: readonly number[], total: number = TEXT_WIDTH): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  const widths = safe.map((w) => Math.floor((w / sum) * total));
  if (widths.length > 0) widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
