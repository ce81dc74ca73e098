import { fallbackFace, type FallbackKey } from '../../core/fallbackFonts.js';
import { FONT_KEYS, loadFaces, type Face, type FontKey } from '../../layout/fonts.js';

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

const registered = new WeakMap<PDFKit.PDFDocument, Set<FallbackKey>>();

/**
 * The pdfkit font name of a fallback face, registered with the document the first time it draws with it. pdfkit
 * shapes these with fontkit (Arabic's contextual forms, right-to-left order) and subsets them like Arimo.
 */
export function fallbackFontName(doc: PDFKit.PDFDocument, key: FallbackKey): string {
  const name = `fallback-${key}`;
  let keys = registered.get(doc);
  if (!keys) registered.set(doc, (keys = new Set()));
  if (!keys.has(key)) {
    doc.registerFont(name, fallbackFace(key).data);
    keys.add(key);
  }
  return name;
}
