/**
 * The few tables of a TrueType font that unshaped text needs: the character map (cmap), the advance widths (hmtx)
 * and the vertical metrics (hhea). Text is mapped to glyphs one code point at a time and measured by advance widths,
 * without OpenType shaping (no kerning, no ligatures), as Word lays out text by default. Reading them straight from
 * the file takes a millisecond, where fontkit's shaping of every distinct word was most of a PDF render.
 */

export interface TtfMetrics {
  unitsPerEm: number;
  /** hhea ascent and descent, in font units (descent negative), as fontkit's font.ascent / font.descent. */
  ascent: number;
  descent: number;
  /** Glyph id of a code point (0, .notdef, when the font has none). */
  glyphId(codePoint: number): number;
  /** Advance width of a glyph in font units. */
  advance(glyphId: number): number;
  /** Every mapped code point with its glyph id. */
  readonly cmap: ReadonlyMap<number, number>;
}

function tables(data: Buffer): Map<string, { offset: number; length: number }> {
  const count = data.readUInt16BE(4);
  const map = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    map.set(data.toString('latin1', at, at + 4), { offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) });
  }
  return map;
}

/** Reads a cmap subtable of format 4 (BMP) or 12 (full Unicode) into a code point → glyph map. */
function readCmap(data: Buffer, cmapOffset: number): Map<number, number> {
  const count = data.readUInt16BE(cmapOffset + 2);
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < count; i++) {
    const at = cmapOffset + 4 + i * 8;
    const platform = data.readUInt16BE(at);
    const encoding = data.readUInt16BE(at + 2);
    const offset = cmapOffset + data.readUInt32BE(at + 4);
    const format = data.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format !== 12)) best = { offset, format };
  }
  const map = new Map<number, number>();
  if (!best) throw new Error('TrueType font without a Unicode cmap');
  const { offset } = best;
  if (best.format === 12) {
    const groups = data.readUInt32BE(offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = offset + 16 + g * 12;
      const start = data.readUInt32BE(at);
      const end = data.readUInt32BE(at + 4);
      const glyph = data.readUInt32BE(at + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + (c - start));
    }
    return map;
  }
  const segments = data.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = data.readUInt16BE(ends + s * 2);
    const start = data.readUInt16BE(starts + s * 2);
    const delta = data.readInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = data.readUInt16BE(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        glyph = data.readUInt16BE(rangeOffsetAt + rangeOffset + (c - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

export function readTtfMetrics(data: Buffer): TtfMetrics {
  const dir = tables(data);
  const need = (tag: string) => {
    const table = dir.get(tag);
    if (!table) throw new Error(`TrueType font without a ${tag} table`);
    return table.offset;
  };
  const head = need('head');
  const hhea = need('hhea');
  const hmtx = need('hmtx');
  const unitsPerEm = data.readUInt16BE(head + 18);
  const ascent = data.readInt16BE(hhea + 4);
  const descent = data.readInt16BE(hhea + 6);
  const longMetrics = data.readUInt16BE(hhea + 34);
  const advances = new Uint16Array(longMetrics);
  for (let i = 0; i < longMetrics; i++) advances[i] = data.readUInt16BE(hmtx + i * 4);
  const lastAdvance = advances[longMetrics - 1];
  const cmap = readCmap(data, need('cmap'));
  return {
    unitsPerEm, ascent, descent, cmap,
    glyphId: (codePoint) => cmap.get(codePoint) ?? 0,
    advance: (glyphId) => (glyphId < longMetrics ? advances[glyphId] : lastAdvance),
  };
}
