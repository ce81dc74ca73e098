import { createRequire } from 'node:module';
import type { Block, DocumentModel, DrawnChart, Figure } from '../../model/document.js';
import { vegaLiteSpec } from './vegaLiteSpec.js';

const fontFiles = () => {
  const require = createRequire(import.meta.url);
  return ['400Regular/Arimo_400Regular.ttf', '700Bold/Arimo_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/arimo/${f}`));
};

/** Every figure of the blocks, containers and list items included. */
export function figuresOf(blocks: readonly Block[]): Figure[] {
  return blocks.flatMap((b): Figure[] => {
    if (b.type === 'figure') return [b];
    if (b.type === 'note' || b.type === 'keepTogether' || b.type === 'quote') return figuresOf(b.children);
    if (b.type === 'list') return b.items.flatMap(figuresOf);
    return [];
  });
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Marks the drawing as one image for assistive technology, named by its alt text (the HTML shows this SVG as is). */
function asImage(svg: string, alt: string): string {
  return svg.replace(/^<svg /, '<svg role="img" ').replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(alt)}</title>`);
}

/**
 * Draws every chart of the models with Vega-Lite into SVG and, for Word's fallback, PNG. Loaded only for documents that
 * have charts, since Vega and resvg take longer to load than a letter takes to build.
 */
export async function drawCharts(models: readonly DocumentModel[]): Promise<void> {
  const figures = models.flatMap((m) => figuresOf(m.blocks)).filter((f) => !f.drawn);
  if (figures.length === 0) return;
  // require, not import(): the bundle runs from V8's code cache, where a dynamic import has no loader.
  const require = createRequire(import.meta.url);
  const vega = require('vega') as typeof import('vega');
  const { compile } = require('vega-lite') as typeof import('vega-lite');
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  vega.formatLocale({ decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'] });
  const drawn = new Map<string, DrawnChart>();
  for (const figure of figures) {
    const key = JSON.stringify([figure.chart, figure.alt]);
    let chart = drawn.get(key);
    if (!chart) {
      const view = new vega.View(vega.parse(compile(vegaLiteSpec(figure.chart) as never).spec), { renderer: 'none' });
      const svg = asImage(await view.toSVG(), figure.alt);
      view.finalize();
      const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
      const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
      const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 3 }, font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Arimo' } }).render().asPng();
      chart = { svg, png: new Uint8Array(png), width, height };
      drawn.set(key, chart);
    }
    figure.drawn = chart;
  }
}
