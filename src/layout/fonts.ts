import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fallbackWidthPerPoint } from '../core/fallbackFonts.js';
import { fontRuns } from './fontRuns.js';
import { readTtfMetrics, type TtfMetrics } from '../core/ttf.js';

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontKey, string> = {
  regular: '400Regular/Arimo_400Regular.ttf',
  bold: '700Bold/Arimo_700Bold.ttf',
  italic: '400Regular_Italic/Arimo_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Arimo_700Bold_Italic.ttf',
};

export const FONT_KEYS = Object.keys(FILES) as FontKey[];

export function fontKey(bold: boolean | undefined, italic: boolean | undefined): FontKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

export interface Face {
  data: Buffer;
  metrics: TtfMetrics;
  /** Advance per point of font size, by UTF-16 code unit, -1 where the face has no glyph (BMP; other code points are measured one by one). */
  perPoint: Float64Array;
}

let faces: Record<FontKey, Face> | undefined;

/** The TTF bytes and their metrics, read once per process. */
export function loadFaces(): Record<FontKey, Face> {
  if (!faces) {
    const require = createRequire(import.meta.url);
    const loaded = {} as Record<FontKey, Face>;
    for (const key of FONT_KEYS) {
      const data = readFileSync(require.resolve(`@expo-google-fonts/arimo/${FILES[key]}`));
      const metrics = readTtfMetrics(data);
      const perPoint = new Float64Array(0x10000).fill(-1);
      for (let c = 0; c < 0x20; c++) perPoint[c] = metrics.advance(0) / metrics.unitsPerEm;
      for (const [c, glyph] of metrics.cmap) if (c < 0x10000) perPoint[c] = metrics.advance(glyph) / metrics.unitsPerEm;
      loaded[key] = { data, metrics, perPoint };
    }
    faces = loaded;
  }
  return faces;
}

/**
 * Width of text at 1 pt: the sum of its glyphs' advances, unshaped (no kerning), as Word measures by default; -1 when
 * the face lacks one of its characters, so text in Arimo alone costs one pass.
 */
function widthPerPoint(face: Face, text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const glyph = face.metrics.glyphId(text.codePointAt(i)!);
      if (glyph === 0) return -1;
      width += face.metrics.advance(glyph) / face.metrics.unitsPerEm;
      i++;
    } else {
      const advance = face.perPoint[unit];
      if (advance < 0) return -1;
      width += advance;
    }
  }
  return width;
}

/** Width at 1 pt of text with characters Arimo lacks: fallback runs shaped in their face, the rest in Arimo (.notdef where no face has one). */
function mixedWidthPerPoint(face: Face, text: string): number {
  let width = 0;
  for (const run of fontRuns(face.metrics.cmap, text)) {
    if (run.fallback) width += fallbackWidthPerPoint(run.fallback, run.text);
    else {
      for (const char of run.text) {
        const advance = widthPerPoint(face, char);
        width += advance < 0 ? face.metrics.advance(0) / face.metrics.unitsPerEm : advance;
      }
    }
  }
  return width;
}

/** Whether text has a character the face lacks, and so is drawn in runs (fontRuns). */
export function needsFallback(text: string, key: FontKey): boolean {
  return widthPerPoint(loadFaces()[key], text) < 0;
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
      let perPoint = widthPerPoint(all[key], text);
      if (perPoint < 0) perPoint = mixedWidthPerPoint(all[key], text);
      return perPoint * size + (text.length > 1 ? characterSpacing * (text.length - 1) : 0);
    },
  };
  return measurer;
}
