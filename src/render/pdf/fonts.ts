import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

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

let fontData: Record<FontKey, Buffer> | undefined;

/** The TTF bytes, read once per process. */
function loadFontData(): Record<FontKey, Buffer> {
  if (!fontData) {
    const require = createRequire(import.meta.url);
    const data = {} as Record<FontKey, Buffer>;
    for (const key of FONT_KEYS) data[key] = readFileSync(require.resolve(`@expo-google-fonts/arimo/${FILES[key]}`));
    fontData = data;
  }
  return fontData;
}

function registerFontFiles(doc: PDFKit.PDFDocument): void {
  const data = loadFontData();
  for (const key of FONT_KEYS) doc.registerFont(key, data[key]);
}

interface PdfkitFont {
  font: unknown;
  layoutCache?: Record<string, unknown>;
  constructor: new (doc: PDFKit.PDFDocument, font: unknown, id: string) => PdfkitFont;
}

interface PdfkitFontInternals {
  _fontFamilies: Record<string, PdfkitFont | undefined>;
  _fontCount: number;
}

/** The measuring document's fonts: parsed once per process and shared with every rendered document. */
let sharedFonts: Record<FontKey, PdfkitFont> | undefined;

/**
 * Makes the four faces available under their FontKey. pdfkit parses a font (and shapes every word again) for each
 * document; with the pinned pdfkit the already parsed fontkit fonts and word-layout caches of the measuring document
 * are handed over instead, so a render only subsets. Falls back to plain registration if pdfkit's internals differ.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  getMeasurer();
  registerFontFiles(doc);
  const internals = doc as unknown as Partial<PdfkitFontInternals>;
  if (sharedFonts && internals._fontFamilies && typeof internals._fontCount === 'number') {
    for (const key of FONT_KEYS) {
      const shared = sharedFonts[key];
      const font = new shared.constructor(doc, shared.font, `F${++internals._fontCount}`);
      if (shared.layoutCache) font.layoutCache = shared.layoutCache;
      internals._fontFamilies[key] = font;
    }
  }
  doc.font('regular');
}

export interface Measurer {
  width(text: string, font: FontKey, size: number, characterSpacing?: number): number;
  /** Ascender and descender as fractions of the font size (descender positive). */
  readonly ascent: number;
  readonly descent: number;
}

let measurer: Measurer | undefined;

/**
 * Text measurement for layout, backed by one pdfkit document per process that is never written out: its parsed fonts
 * and per-word layout caches are reused by every render and both layout passes, and its widths equal what pdfkit draws.
 */
export function getMeasurer(): Measurer {
  if (measurer) return measurer;
  const doc = new PDFDocument({ autoFirstPage: false });
  registerFontFiles(doc);
  const internals = doc as unknown as Partial<PdfkitFontInternals>;
  const families: Partial<Record<FontKey, PdfkitFont>> = {};
  for (const key of FONT_KEYS) {
    doc.font(key);
    families[key] = internals._fontFamilies?.[key];
  }
  if (FONT_KEYS.every((key) => families[key]?.font && typeof families[key]?.constructor === 'function')) {
    sharedFonts = families as Record<FontKey, PdfkitFont>;
  }
  const font = doc.font('regular') as unknown as { _font: { ascender: number; descender: number } };
  const metrics = font._font;
  // One cache per face: looking up the text itself needs no key string to be built (this is the hottest path of layout).
  const widthCaches = Object.fromEntries(FONT_KEYS.map((key) => [key, new Map<string, number>()])) as Record<FontKey, Map<string, number>>;
  measurer = {
    ascent: metrics.ascender / 1000,
    descent: -metrics.descender / 1000,
    width(text, key, size, characterSpacing = 0) {
      const widthCache = widthCaches[key];
      let perPoint = widthCache.get(text);
      if (perPoint === undefined) {
        perPoint = doc.font(key).fontSize(1000).widthOfString(text) / 1000;
        if (widthCache.size > 50_000) widthCache.clear();
        widthCache.set(text, perPoint);
      }
      return perPoint * size + (text.length > 1 ? characterSpacing * (text.length - 1) : 0);
    },
  };
  return measurer;
}
