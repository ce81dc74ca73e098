import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readTtfMetrics, type TtfMetrics } from './ttf.js';

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontKey, string> = {
  regular: '400Regular/Arimo_400Regular.ttf',
  bold: '700Bold/Arimo_700Bold.ttf',
  italic: '400Regular_Italic/Arimo_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Arimo_700Bold_Italic.ttf',
};

const FONT_KEYS = Object.keys(FILES) as FontKey[];

export function fontKey(bold: boolean | undefined, italic: boolean | undefined): FontKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

interface Face {
  data: Buffer;
  metrics: TtfMetrics;
  /** Advance per point of font size, by UTF-16 code unit (BMP; other code points are measured one by one). */
  perPoint: Float64Array;
}

let faces: Record<FontKey, Face> | undefined;

/** The TTF bytes and their metrics, read once per process. */
function loadFaces(): Record<FontKey, Face> {
  if (!faces) {
    const require = createRequire(import.meta.url);
    const loaded = {} as Record<FontKey, Face>;
    for (const key of FONT_KEYS) {
      const data = readFileSync(require.resolve(`@expo-google-fonts/arimo/${FILES[key]}`));
      const metrics = readTtfMetrics(data);
      const perPoint = new Float64Array(0x10000).fill(metrics.advance(0) / metrics.unitsPerEm);
      for (const [c, glyph] of metrics.cmap) if (c < 0x10000) perPoint[c] = metrics.advance(glyph) / metrics.unitsPerEm;
      loaded[key] = { data, metrics, perPoint };
    }
    faces = loaded;
  }
  return faces;
}

/** Width of text at 1 pt: the sum of its glyphs' advances, unshaped (no kerning), as Word measures by default. */
function widthPerPoint(face: Face, text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const codePoint = text.codePointAt(i)!;
      width += face.metrics.advance(face.metrics.glyphId(codePoint)) / face.metrics.unitsPerEm;
      i++;
    } else width += face.perPoint[unit];
  }
  return width;
}

export interface Measurer {
  width(text: string, font: FontKey, size: number, characterSpacing?: number): number;
  /** Ascender and descender as fractions of the font size (descender positive). */
  readonly ascent: number;
  readonly descent: number;
}

let measurer: Measurer | undefined;

/**
 * Text measurement for layout, from the fonts' own tables: no pdfkit or fontkit, so laying out a document (also for
 * the DOCX's page numbers) loads neither. Its widths equal what the painter draws (see registerFonts).
 */
export function getMeasurer(): Measurer {
  if (measurer) return measurer;
  const all = loadFaces();
  const regular = all.regular.metrics;
  measurer = {
    ascent: regular.ascent / regular.unitsPerEm,
    descent: -regular.descent / regular.unitsPerEm,
    width(text, key, size, characterSpacing = 0) {
      return widthPerPoint(all[key], text) * size + (text.length > 1 ? characterSpacing * (text.length - 1) : 0);
    },
  };
  return measurer;
}

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The parts of pdfkit's EmbeddedFont used here (pinned pdfkit 0.17). */
interface PdfkitFont {
  font: unknown;
  scale: number;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: Glyph[] | null; positions: Position[] | null; advanceWidth: number };
  constructor: new (doc: PDFKit.PDFDocument, font: unknown, id: string) => PdfkitFont;
}

interface PdfkitFontInternals {
  _fontFamilies: Record<string, PdfkitFont | undefined>;
  _fontCount: number;
}

/**
 * Replaces pdfkit's shaping (fontkit's GSUB/GPOS lookups for every distinct word, most of the render time) by the
 * cmap and advance widths: pdfkit's encode, subsetting, widths and ToUnicode map then work from these glyphs as from
 * shaped ones. Every glyph maps back to exactly its own character, so text extraction is unaffected.
 */
function unshaped(font: PdfkitFont, face: Face): void {
  const { metrics } = face;
  const scale = font.scale;
  const glyphs = new Map<number, Glyph>();
  const glyphOf = (codePoint: number): Glyph => {
    let glyph = glyphs.get(codePoint);
    if (!glyph) {
      const id = metrics.glyphId(codePoint);
      glyph = { id, advanceWidth: metrics.advance(id), codePoints: [codePoint] };
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  font.layout = (text, _features, onlyWidth) => {
    const runGlyphs: Glyph[] = [];
    const positions: Position[] = [];
    let advanceWidth = 0;
    for (const char of text) {
      const glyph = glyphOf(char.codePointAt(0)!);
      const advance = glyph.advanceWidth * scale;
      advanceWidth += advance;
      if (onlyWidth) continue;
      runGlyphs.push(glyph);
      positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
    }
    return onlyWidth ? { glyphs: null, positions: null, advanceWidth } : { glyphs: runGlyphs, positions, advanceWidth };
  };
}

/** The parsed fontkit fonts (for subsetting and embedding), kept per process and shared by every rendered document. */
let shared: { construct: PdfkitFont['constructor']; fonts: Record<FontKey, unknown> } | undefined;

/**
 * Makes the four faces available under their FontKey, drawing unshaped text. pdfkit parses each font again for every
 * document; with the pinned pdfkit the fontkit fonts parsed for the first document are handed to later ones.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const all = loadFaces();
  const internals = doc as unknown as Partial<PdfkitFontInternals>;
  for (const key of FONT_KEYS) doc.registerFont(key, all[key].data);
  const reuse = shared && internals._fontFamilies && typeof internals._fontCount === 'number';
  const fonts = {} as Record<FontKey, unknown>;
  for (const key of FONT_KEYS) {
    let font: PdfkitFont | undefined;
    if (reuse && shared) {
      font = new shared.construct(doc, shared.fonts[key], `F${++internals._fontCount!}`);
      internals._fontFamilies![key] = font;
    } else {
      doc.font(key);
      font = internals._fontFamilies?.[key];
    }
    if (!font || typeof font.layout !== 'function' || typeof font.scale !== 'number') {
      throw new Error('pdfkit internals differ from the pinned version (EmbeddedFont.layout)');
    }
    fonts[key] = font.font;
    unshaped(font, all[key]);
    if (!shared && key === FONT_KEYS[FONT_KEYS.length - 1]) shared = { construct: font.constructor, fonts };
  }
  doc.font('regular');
}
