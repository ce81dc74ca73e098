import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readTtfMetrics } from '../../../src/core/ttf.js';
import { subsetTtf } from '../../../src/render/html/subsetTtf.js';

const font = readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'));

function tables(data: Buffer): Map<string, { offset: number; length: number; checksum: number }> {
  const map = new Map<string, { offset: number; length: number; checksum: number }>();
  for (let i = 0; i < data.readUInt16BE(4); i++) {
    const at = 12 + i * 16;
    map.set(data.toString('latin1', at, at + 4), { checksum: data.readUInt32BE(at + 4), offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) });
  }
  return map;
}

/** A glyph's outline bytes, through the font's own loca. */
function outline(data: Buffer, glyph: number): Buffer {
  const t = tables(data);
  const long = data.readInt16BE(t.get('head')!.offset + 50) === 1;
  const loca = t.get('loca')!.offset;
  const at = (id: number) => (long ? data.readUInt32BE(loca + id * 4) : data.readUInt16BE(loca + id * 2) * 2);
  const glyf = t.get('glyf')!.offset;
  return data.subarray(glyf + at(glyph), glyf + at(glyph + 1));
}

describe('subsetTtf', () => {
  const metrics = readTtfMetrics(font);
  const id = (c: string) => metrics.glyphId(c.codePointAt(0)!);
  const subset = subsetTtf(font, [id('A'), id('Å')]);

  it('keeps the outlines asked for, and the parts of composite glyphs, and nothing else', () => {
    expect(subset.length).toBeLessThan(font.length / 4);
    expect(outline(subset, id('A')).equals(outline(font, id('A')).subarray(0, outline(subset, id('A')).length))).toBe(true);
    expect(outline(subset, id('A')).length).toBeGreaterThan(0);
    // Å is composed of A and the ring: the ring's glyph comes along.
    expect(outline(font, id('Å')).readInt16BE(0)).toBeLessThan(0);
    const composite = outline(font, id('Å'));
    const second = 10 + 4 + (composite.readUInt16BE(10) & 1 ? 4 : 2);
    const ring = composite.readUInt16BE(second + 2);
    expect(ring).not.toBe(id('A'));
    expect(outline(subset, ring).length).toBeGreaterThan(0);
    expect(outline(subset, id('Z')).length).toBe(0);
  });

  it('keeps the character map and the metrics, and drops the layout tables and glyph names', () => {
    const kept = readTtfMetrics(subset);
    expect(kept.glyphId(0x41)).toBe(id('A'));
    expect(kept.advance(id('W'))).toBe(metrics.advance(id('W')));
    expect([...tables(subset).keys()]).not.toContain('GPOS');
    expect(subset.readUInt32BE(tables(subset).get('post')!.offset)).toBe(0x00030000);
  });

  it('writes correct checksums', () => {
    let sum = 0;
    for (let i = 0; i < subset.length; i += 4) sum = (sum + subset.readUInt32BE(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });
});
