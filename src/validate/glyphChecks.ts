import type { Diagnostic } from '../core/diagnostics.js';
import { missingGlyphs } from '../core/glyphCoverage.js';

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Warns about every character that no font of the documents has: the PDF would show an empty box. */
export function checkGlyphs(text: string, place: { file: string; line: number; field?: string }): Diagnostic[] {
  const missing = missingGlyphs(text);
  if (missing.length === 0) return [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return missing.map(({ char, index }) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > index) line--;
    return {
      severity: 'advarsel' as const,
      file: place.file,
      line: place.line + line,
      col: Array.from(text.slice(lineStarts[line], index)).length + 1,
      field: place.field,
      message: `tegnet ${codePoint(char)} finnes ikke i noen av skriftene og vises som en tom boks i PDF-en`,
      hint: 'Fjern tegnet eller bytt det ut med et tegn som finnes i Arimo eller Noto-skriftene (latinsk, gresk, kyrillisk, arabisk, kinesisk/japansk, emoji).',
    };
  });
}
