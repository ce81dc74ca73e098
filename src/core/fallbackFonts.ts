import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Fallback fonts for the scripts Arimo lacks. A document with only Arimo's characters never reads them: a face is
 * opened the first time a character needs it. They are measured with fontkit's shaping, the same shaping pdfkit
 * draws them with, because Arabic's contextual forms change the widths.
 */
export type FallbackKey = 'arabic' | 'cjk' | 'emoji';

const FILES: Record<FallbackKey, string> = {
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  cjk: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
};

/** The parts of a fontkit font used here. */
interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { advanceWidth: number };
}

export interface FallbackFace {
  data: Buffer;
  font: FontkitFont;
}

const faces = new Map<FallbackKey, FallbackFace>();
const require = createRequire(import.meta.url);

export function fallbackFace(key: FallbackKey): FallbackFace {
  let face = faces.get(key);
  if (!face) {
    const data = readFileSync(require.resolve(FILES[key]));
    const fontkit = require('fontkit') as { create(data: Buffer): FontkitFont };
    face = { data, font: fontkit.create(data) };
    faces.set(key, face);
  }
  return face;
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const EMOJI = /[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u{1f000}-\u{1faff}]/u;

/** Faces to try for a character, the likeliest (by Unicode block) first, so an emoji does not open the CJK font. */
function candidates(char: string): FallbackKey[] {
  if (ARABIC.test(char)) return ['arabic', 'cjk', 'emoji'];
  if (EMOJI.test(char)) return ['emoji', 'cjk', 'arabic'];
  return ['cjk', 'emoji', 'arabic'];
}

const chosen = new Map<number, FallbackKey | null>();

/** The fallback face that has a character, or undefined when none has it. */
export function fallbackFor(codePoint: number): FallbackKey | undefined {
  let key = chosen.get(codePoint);
  if (key === undefined) {
    key = candidates(String.fromCodePoint(codePoint)).find((k) => fallbackFace(k).font.hasGlyphForCodePoint(codePoint)) ?? null;
    chosen.set(codePoint, key);
  }
  return key ?? undefined;
}

const widths = new Map<string, number>();

/** Shaped width of a run at 1 pt, shaped word by word (each with its following space) as pdfkit shapes it. */
export function fallbackWidthPerPoint(key: FallbackKey, text: string): number {
  const id = `${key}\u0000${text}`;
  let width = widths.get(id);
  if (width === undefined) {
    const { font } = fallbackFace(key);
    width = (text.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? []).reduce((sum, word) => sum + font.layout(word).advanceWidth, 0) / font.unitsPerEm;
    widths.set(id, width);
  }
  return width;
}
