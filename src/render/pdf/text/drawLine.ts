import type { Align } from '../../../model/document.js';
import { getMeasurer } from '../fonts.js';
import type { Flow } from '../flow.js';
import { COLORS, type TextStyle } from '../theme.js';
import type { Line } from './lineBreak.js';

/** Baseline position inside a line box of the style's leading, with the glyphs centred vertically. */
export function baselineOffset(style: TextStyle): number {
  const m = getMeasurer();
  return (style.leading - (m.ascent + m.descent) * style.size) / 2 + m.ascent * style.size;
}

export interface LinePlacement {
  x: number;
  width: number;
  top: number;
  align?: Align;
  characterSpacing?: number;
}

/** Emits the text (and link areas) of one line whose box starts at `top`. */
export function drawLine(flow: Flow, line: Line, style: TextStyle, at: LinePlacement): void {
  let x = at.x;
  if (at.align === 'right') x += at.width - line.width;
  if (at.align === 'center') x += (at.width - line.width) / 2;
  const baseline = at.top + baselineOffset(style);
  const last = line.fragments.length - 1;
  line.fragments.forEach((fragment, i) => {
    // Trailing spaces are invisible and only confuse text extraction.
    const text = i === last ? fragment.text.replace(/\s+$/, '') : fragment.text;
    if (text === '') return;
    const link = fragment.href;
    flow.push({
      kind: 'text',
      x: x + fragment.x,
      baseline,
      text,
      font: fragment.font,
      size: style.size,
      color: link ? COLORS.link : style.color,
      characterSpacing: at.characterSpacing,
      underline: link !== undefined && !link.startsWith('#'),
    });
    if (link) flow.push({ kind: 'link', x: x + fragment.x, y: at.top, w: fragment.width, h: style.leading, href: link });
  });
}
