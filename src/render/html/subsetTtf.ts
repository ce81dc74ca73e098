interface TableEntry {
  offset: number;
  length: number;
}

function directory(font: Buffer): Map<string, TableEntry> {
  const tables = new Map<string, TableEntry>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + i * 16;
    tables.set(font.toString('latin1', at, at + 4), { offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) });
  }
  return tables;
}

const COMPONENT = { wordArgs: 0x1, scale: 0x8, more: 0x20, xyScale: 0x40, twoByTwo: 0x80 } as const;

/** The glyphs a composite glyph is built from (an accented letter from its letter and its accent). */
function components(glyph: Buffer): number[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const found: number[] = [];
  let at = 10;
  let flags: number;
  do {
    flags = glyph.readUInt16BE(at);
    found.push(glyph.readUInt16BE(at + 2));
    at += 4 + (flags & COMPONENT.wordArgs ? 4 : 2);
    if (flags & COMPONENT.scale) at += 2;
    else if (flags & COMPONENT.xyScale) at += 4;
    else if (flags & COMPONENT.twoByTwo) at += 8;
  } while (flags & COMPONENT.more && at + 4 <= glyph.length);
  return found;
}

function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  return sum;
}

const pad4 = (data: Buffer) => (data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data);

/** OpenType layout (kerning, ligatures) goes: the PDF sets text unshaped, and the HTML is to break lines the same. */
const DROPPED = new Set(['GPOS', 'GSUB', 'GDEF', 'kern', 'hdmx', 'LTSH', 'VDMX', 'DSIG']);

/**
 * A smaller TrueType font with the outlines of `keep` (and the glyphs they are composed of) only. Glyph ids, the
 * character map and the metrics stay as they were, so nothing but `glyf` and `loca` needs rewriting; the other
 * glyphs keep their advance widths but have no outline. Glyph names (post) and the layout tables are left out.
 */
export function subsetTtf(font: Buffer, keep: Iterable<number>): Buffer {
  const tables = directory(font);
  const table = (tag: string) => {
    const entry = tables.get(tag);
    if (!entry) throw new Error(`TrueType font without a ${tag} table`);
    return font.subarray(entry.offset, entry.offset + entry.length);
  };
  const head = Buffer.from(table('head'));
  const glyphCount = table('maxp').readUInt16BE(4);
  const loca = table('loca');
  const longOffsets = head.readInt16BE(50) === 1;
  const offset = (id: number) => (longOffsets ? loca.readUInt32BE(id * 4) : loca.readUInt16BE(id * 2) * 2);
  const glyf = table('glyf');
  const glyph = (id: number) => glyf.subarray(offset(id), offset(id + 1));

  const kept = new Set<number>();
  const queue = [0, ...keep].filter((id) => id < glyphCount);
  while (queue.length) {
    const id = queue.pop()!;
    if (kept.has(id)) continue;
    kept.add(id);
    for (const part of components(glyph(id))) if (!kept.has(part)) queue.push(part);
  }

  const parts: Buffer[] = [];
  const newLoca = Buffer.alloc((glyphCount + 1) * 4);
  let at = 0;
  for (let id = 0; id < glyphCount; id++) {
    newLoca.writeUInt32BE(at, id * 4);
    if (!kept.has(id)) continue;
    const data = pad4(Buffer.from(glyph(id)));
    parts.push(data);
    at += data.length;
  }
  newLoca.writeUInt32BE(at, glyphCount * 4);
  head.writeInt16BE(1, 50); // long loca offsets
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set below
  const post = Buffer.from(table('post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0); // version 3: no glyph names

  const replaced: Record<string, Buffer> = { head, glyf: Buffer.concat(parts), loca: newLoca, post };
  const tags = [...tables.keys()].filter((tag) => !DROPPED.has(tag)).sort();
  const data = tags.map((tag) => replaced[tag] ?? table(tag));

  const count = tags.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  let position = header.length;
  tags.forEach((tag, i) => {
    const entry = 12 + i * 16;
    header.write(tag, entry, 'latin1');
    header.writeUInt32BE(checksum(pad4(data[i])), entry + 4);
    header.writeUInt32BE(position, entry + 8);
    header.writeUInt32BE(data[i].length, entry + 12);
    position += pad4(data[i]).length;
  });
  const result = Buffer.concat([header, ...data.map(pad4)]);
  const headAt = header.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  result.writeUInt32BE((0xb1b0afba - checksum(result)) >>> 0, headAt + 8);
  return result;
}
