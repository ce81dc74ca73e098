/**
 * PDF objects as far as signing needs them: dictionaries, arrays, names, numbers, references and strings, read from
 * and written back to the file's own syntax. Names and strings keep their source text, so what is rewritten in an
 * incremental update says exactly what the earlier revision said.
 */

/** The file is not a PDF this code can read or update; the message says what is wrong, the caller names the file. */
export class PdfReadError extends Error {}

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(readonly num: number, readonly gen = 0) {}
}

/** A string as written in the file, delimiters included: `(…)` or `<…>`. */
export class PdfString {
  constructor(readonly source: string) {}

  /** A text string: ASCII as a literal, anything else as UTF-16BE with a byte order mark. */
  static text(text: string): PdfString {
    if (/^[\x20-\x7e]*$/.test(text)) return new PdfString(`(${text.replace(/[\\()]/g, '\\$&')})`);
    const utf16 = Buffer.from(text, 'utf16le').swap16();
    return new PdfString(`<FEFF${utf16.toString('hex').toUpperCase()}>`);
  }
}

/** Text whose bytes are written exactly as given (the signature's placeholders). */
export class PdfRaw {
  constructor(readonly source: string) {}
}

export type PdfDict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfRaw | PdfValue[] | PdfDict;

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Reads one object from `text` (latin1) starting at `pos`. */
export class PdfParser {
  constructor(private readonly text: string, public pos = 0) {}

  value(): PdfValue {
    this.skipSpace();
    const { text } = this;
    const c = text[this.pos];
    if (text.startsWith('<<', this.pos)) return this.dict();
    if (c === '<') return this.hexString();
    if (c === '(') return this.literalString();
    if (c === '[') return this.array();
    if (c === '/') return new PdfName(this.name());
    const word = this.word();
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    const number = Number(word);
    if (word === '' || Number.isNaN(number)) throw new PdfReadError(`uventet «${word || c}» ved posisjon ${this.pos}`);
    // "12 0 R" is a reference; look ahead without consuming when it is not.
    const save = this.pos;
    if (Number.isInteger(number)) {
      this.skipSpace();
      const gen = this.word();
      this.skipSpace();
      if (/^\d+$/.test(gen) && this.text[this.pos] === 'R' && this.isEnd(this.pos + 1)) {
        this.pos++;
        return new PdfRef(number, Number(gen));
      }
    }
    this.pos = save;
    return number;
  }

  skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (WHITESPACE.has(code)) this.pos++;
      else if (code === 0x25) while (this.pos < text.length && text[this.pos] !== '\n' && text[this.pos] !== '\r') this.pos++;
      else break;
    }
  }

  /** A keyword or number: everything up to the next whitespace or delimiter. */
  word(): string {
    const start = this.pos;
    while (this.pos < this.text.length && !this.isEnd(this.pos)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private isEnd(pos: number): boolean {
    const code = this.text.charCodeAt(pos);
    return pos >= this.text.length || WHITESPACE.has(code) || DELIMITERS.has(code);
  }

  private name(): string {
    this.pos++;
    return this.word();
  }

  private dict(): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('>>', this.pos)) {
        this.pos += 2;
        return dict;
      }
      if (this.text[this.pos] !== '/') throw new PdfReadError(`ventet et navn i ordboken ved posisjon ${this.pos}`);
      const key = this.name();
      dict.set(key, this.value());
    }
  }

  private array(): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return items;
      }
      if (this.pos >= this.text.length) throw new PdfReadError('listen slutter ikke');
      items.push(this.value());
    }
  }

  private hexString(): PdfString {
    const end = this.text.indexOf('>', this.pos);
    if (end < 0) throw new PdfReadError('heksadesimal streng slutter ikke');
    const source = this.text.slice(this.pos, end + 1);
    this.pos = end + 1;
    return new PdfString(source);
  }

  private literalString(): PdfString {
    const start = this.pos;
    let depth = 0;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '\\') this.pos++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        this.pos++;
        return new PdfString(this.text.slice(start, this.pos));
      }
    }
    throw new PdfReadError('streng slutter ikke');
  }
}

export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  if (typeof value === 'boolean') return String(value);
  if (value instanceof PdfName) return `/${value.name}`;
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfString || value instanceof PdfRaw) return value.source;
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  return `<<${[...value].map(([k, v]) => ` /${k} ${serialize(v)}`).join('')} >>`;
}

export const name = (n: string) => new PdfName(n);
export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
