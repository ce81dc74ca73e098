/** Page geometry shared by the section setup, tables and the first-page footer (all in twips, 1/20 pt). */
export const PAGE = {
  width: 11906, // A4
  height: 16838,
  marginTop: 1418, // 2.5 cm
  marginBottom: 1418,
  marginLeft: 1418,
  marginRight: 1418,
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
