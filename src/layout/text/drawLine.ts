import type { Align } from '../../model/document.js';
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
  for (const fragment of line.fragments) {
    // Spaces stay in the text as measured: pdfkit shapes "word " tokens, and the layout used the same tokens.
    const text = fragment.text;
    if (text.trim() === '') continue;
    const link = fragment.href;
    // Linked text and its annotation go into one Link structure element.
    const node = link ? flow.linkNode(link) : flow.node;
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
      node,
    });
    if (link) {
      const w = getMeasurer().width(text.trimEnd(), fragment.font, style.size, at.characterSpacing);
      flow.push({ kind: 'link', x: x + fragment.x, y: at.top, w, h: style.leading, href: link, label: text.trimEnd(), node });
    }
  }
}
