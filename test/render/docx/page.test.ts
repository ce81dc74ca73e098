import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH, proportionalWidths } from '../../../src/render/docx/page.js';

describe('proportionalWidths', () => {
  it('splits the text width in proportion and sums exactly', () => {
    const widths = proportionalWidths([14, 62, 24]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(widths[0] / TEXT_WIDTH).toBeCloseTo(0.14, 3);
    expect(widths[1] / TEXT_WIDTH).toBeCloseTo(0.62, 3);
  });

  it('treats non-positive or missing weights as 1', () => {
    expect(proportionalWidths([0, -3, Number.NaN], 300)).toEqual([100, 100, 100]);
  });
});
