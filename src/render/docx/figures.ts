import { ImageRun, TextRun } from 'docx';
import { drawnChart, type Figure } from '../../model/document.js';
import type { BlockOptions, BodyChild, Renderer } from './context.js';
import { STYLE } from './styles.js';

/** Widest a chart is set, in points: the text width of the A4 page. */
const MAX_WIDTH = 453;

/**
 * The chart as an SVG picture with its PNG as the fallback Word requires (older Word shows the PNG), the alt text as
 * the picture's description, and the caption under it in the small-print style.
 */
export function renderFigure(r: Renderer, block: Figure, options: BlockOptions): BodyChild[] {
  const drawn = drawnChart(block);
  const scale = Math.min(1, MAX_WIDTH / drawn.width);
  // docx takes the size in pixels at 96 per inch.
  const transformation = { width: Math.round(drawn.width * scale * 96 / 72), height: Math.round(drawn.height * scale * 96 / 72) };
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(drawn.svg, 'utf8'),
    fallback: { type: 'png', data: drawn.png },
    transformation,
    altText: { name: block.caption, title: block.caption, description: block.alt },
  });
  return [
    // Body text has an exact line height, which would clip the picture to one line.
    r.paragraph({ keepNext: true, keepLines: true, spacing: { line: 240, lineRule: 'auto' }, children: [image] }),
    r.paragraph({ style: STYLE.note, keepNext: options.keepNext || undefined, children: [new TextRun({ text: block.caption, italics: true })] }),
  ];
}
