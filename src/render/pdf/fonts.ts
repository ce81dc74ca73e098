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

/**
 * Registers the four faces under their FontKey. Switching fonts by a registered name makes pdfkit cache the parsed
 * font per document; passing the bytes to doc.font() directly would re-parse the font on every switch.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const data = loadFontData();
  for (const key of FONT_KEYS) doc.registerFont(key, data[key]);
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
  registerFonts(doc);
  const font = (doc as unknown as { _font: { ascender: number; descender: number } })._font;
  const widthCache = new Map<string, number>();
  measurer = {
    ascent: font.ascender / 1000,
    descent: -font.descender / 1000,
    width(text, key, size, characterSpacing = 0) {
      const cacheKey = `${key}\u0000${text}`;
      let perPoint = widthCache.get(cacheKey);
      if (perPoint === undefined) {
        perPoint = doc.font(key).fontSize(1000).widthOfString(text) / 1000;
        widthCache.set(cacheKey, perPoint);
      }
      return perPoint * size + (text.length > 1 ? characterSpacing * (text.length - 1) : 0);
    },
  };
  return measurer;
}
