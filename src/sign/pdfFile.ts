import { inflateSync } from 'node:zlib';
import { isDict, PdfName, PdfParser, PdfReadError, PdfRef, serialize, type PdfDict, type PdfValue } from './pdfObjects.js';

/**
 * A PDF read through its cross-reference tables (every revision, newest first), so objects can be looked up and an
 * incremental update appended without touching a byte of what is there.
 */
export class PdfFile {
  readonly text: string;
  readonly trailer: PdfDict;
  private readonly offsets = new Map<number, number>();
  /** The first object number no revision uses. */
  readonly size: number;
  readonly startxref: number;
  /** The objects the newest revision wrote (its xref section), to tell what it changed. */
  readonly latest: number[] = [];

  constructor(readonly bytes: Buffer) {
    this.text = bytes.toString('latin1');
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.text);
    if (!match) throw new PdfReadError('fant ikke slutten av filen (startxref/%%EOF)');
    this.startxref = Number(match[1]);
    let trailer: PdfDict | undefined;
    const seen = new Set<number>();
    for (let at: number | undefined = this.startxref; at !== undefined; ) {
      if (seen.has(at)) throw new PdfReadError('kryssreferansetabellene peker i ring');
      seen.add(at);
      const section = this.readXref(at, at === this.startxref ? this.latest : undefined);
      trailer ??= section;
      const prev = section.get('Prev');
      at = typeof prev === 'number' ? prev : undefined;
    }
    this.trailer = trailer!;
    const size = this.trailer.get('Size');
    this.size = typeof size === 'number' ? size : Math.max(0, ...this.offsets.keys()) + 1;
  }

  /** One xref table and its trailer; entries already known from a newer revision win. */
  private readXref(at: number, written?: number[]): PdfDict {
    const parser = new PdfParser(this.text, at);
    if (parser.word() !== 'xref') {
      throw new PdfReadError('filen bruker kryssreferansestrømmer, som signeringen ikke kan oppdatere');
    }
    for (;;) {
      parser.skipSpace();
      const first = parser.word();
      if (first === 'trailer') break;
      parser.skipSpace();
      const count = Number(parser.word());
      if (!/^\d+$/.test(first) || !Number.isInteger(count)) throw new PdfReadError('kryssreferansetabellen er skadet');
      for (let i = 0; i < count; i++) {
        parser.skipSpace();
        const offset = Number(parser.word());
        parser.skipSpace();
        parser.word();
        parser.skipSpace();
        const kind = parser.word();
        const num = Number(first) + i;
        if (kind === 'n') written?.push(num);
        if (kind === 'n' && !this.offsets.has(num)) this.offsets.set(num, offset);
        else if (kind === 'f' && !this.offsets.has(num)) this.offsets.set(num, -1);
      }
    }
    const trailer = parser.value();
    if (!isDict(trailer)) throw new PdfReadError('trailer-ordboken mangler');
    return trailer;
  }

  /** The object `ref` points to (a stream gives its dictionary). */
  object(ref: PdfRef): PdfValue {
    return this.read(ref).value;
  }

  /** The object's value, and the parser positioned just after it. */
  private read(ref: PdfRef): { value: PdfValue; parser: PdfParser } {
    const offset = this.offsets.get(ref.num);
    if (offset === undefined || offset < 0) throw new PdfReadError(`objekt ${ref.num} finnes ikke`);
    const parser = new PdfParser(this.text, offset);
    const header = [parser.word(), (parser.skipSpace(), parser.word()), (parser.skipSpace(), parser.word())];
    if (Number(header[0]) !== ref.num || header[2] !== 'obj') throw new PdfReadError(`objekt ${ref.num} står ikke der kryssreferansen sier`);
    return { value: parser.value(), parser };
  }

  /** Follows a reference; any other value is returned as it is. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.object(value) : value;
  }

  /** The data of a stream object, inflated when it is Flate-compressed (other filters are not needed here). */
  streamData(ref: PdfRef): Buffer {
    const { value: dict, parser } = this.read(ref);
    parser.skipSpace();
    if (!isDict(dict) || parser.word() !== 'stream') throw new PdfReadError(`objekt ${ref.num} er ikke en strøm`);
    const start = parser.pos + (this.text[parser.pos] === '\r' ? 2 : 1);
    const length = this.resolve(dict.get('Length'));
    if (typeof length !== 'number') throw new PdfReadError(`strøm ${ref.num} mangler /Length`);
    const data = this.bytes.subarray(start, start + length);
    const filter = dict.get('Filter');
    const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
    if (filters.length === 0) return Buffer.from(data);
    if (filters.length === 1 && filters[0] instanceof PdfName && filters[0].name === 'FlateDecode') return inflateSync(data);
    throw new PdfReadError(`strøm ${ref.num} har et filter som ikke støttes`);
  }

  dict(ref: PdfRef): PdfDict {
    const value = this.object(ref);
    if (!isDict(value)) throw new PdfReadError(`objekt ${ref.num} er ikke en ordbok`);
    return value;
  }
}

/**
 * Appends a revision: the given objects (new or replacing earlier ones), an xref section for them and a trailer that
 * points back at the previous one. Returns the new file and where each object's text starts in it.
 */
export function appendRevision(file: PdfFile, objects: Map<number, string>, size: number): { bytes: Buffer; positions: Map<number, number> } {
  const base = file.bytes;
  let text = base[base.length - 1] === 0x0a ? '' : '\n';
  const positions = new Map<number, number>();
  for (const [num, body] of objects) {
    positions.set(num, base.length + text.length);
    text += `${num} 0 obj\n${body}\nendobj\n`;
  }
  const xrefAt = base.length + text.length;
  text += 'xref\n0 1\n0000000000 65535 f \n';
  const nums = [...objects.keys()].sort((a, b) => a - b);
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
    text += `${nums[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) text += `${String(positions.get(nums[k])).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  const trailer: PdfDict = new Map([['Size', size]]);
  for (const key of ['Root', 'Info', 'ID']) if (file.trailer.has(key)) trailer.set(key, file.trailer.get(key)!);
  trailer.set('Prev', file.startxref);
  text += `trailer\n${serialize(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`;
  return { bytes: Buffer.concat([base, Buffer.from(text, 'latin1')]), positions };
}
