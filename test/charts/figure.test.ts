import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { drawCharts } from '../../src/layout/charts/drawCharts.js';
import type { DocumentModel, Figure } from '../../src/model/document.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderHtml } from '../../src/render/html/index.js';
import { renderMarkdown } from '../../src/render/markdown/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';

const ALT = 'Søylediagram: 15 291 bosatte i 2016, 2 819 i 2020.';

function modelWithChart(): DocumentModel {
  const figure: Figure = {
    type: 'figure', caption: 'Bosatte flyktninger 2016–2020', alt: ALT,
    chart: { kind: 'groupedBar', years: [2016, 2020], series: [{ name: 'Bosatte', values: [15291, 2819] }, { name: 'Overført', values: [3275, null] }], unit: 'personer' },
  };
  return {
    meta: { title: 'Diagram', author: 'IMDi', language: 'nb-NO', date: '2021-03-15' },
    furniture: { pageNumberFormat: 'Side {side} av {sider}' },
    blocks: [{ type: 'paragraph', content: [{ text: 'Før figuren.' }] }, figure],
  };
}

describe('figure: one chart spec, every writer', () => {
  it('draws the chart once as SVG with the alt text as its title, and as PNG for Word', async () => {
    const model = modelWithChart();
    await drawCharts([model]);
    const drawn = (model.blocks[1] as Figure).drawn!;
    expect(drawn.svg).toMatch(/^<svg role="img" [^>]*><title>Søylediagram: 15 291 bosatte i 2016, 2 819 i 2020\.<\/title>/);
    expect(drawn.svg).toContain('>personer</text>');
    expect(drawn.svg).toContain('>15\u00a0000</text>');
    expect([...drawn.png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(drawn.width).toBeGreaterThan(300);
  });

  it('HTML inlines the SVG in a figure with its caption; Markdown gives caption and alt text', async () => {
    const model = modelWithChart();
    await drawCharts([model]);
    const html = renderHtml(model);
    expect(html).toMatch(/<figure class="diagram"><svg role="img" [^>]*><title>Søylediagram: 15 291[^<]*<\/title>.*<figcaption>Bosatte flyktninger 2016–2020<\/figcaption><\/figure>/s);
    expect(renderMarkdown(model)).toContain(`::: figur\nBosatte flyktninger 2016–2020\n\n${ALT}\n:::`);
  });

  it('DOCX holds the SVG picture with a PNG fallback and the alt text as description', async () => {
    const model = modelWithChart();
    await drawCharts([model]);
    const zip = await JSZip.loadAsync(await renderDocx(model));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(`descr="${ALT}"`);
    expect(xml).toContain('asvg:svgBlip');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).sort()).toEqual(['word/media/image1.png', 'word/media/image1.svg']);
  });

  it('the PDF tags the drawing as a Figure with Alt and draws it as vectors in the embedded font', async () => {
    const model = modelWithChart();
    await drawCharts([model]);
    const data = await renderPdf(model);
    const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
    const page = await pdf.getPage(1);
    const figures: Array<{ role: string; alt?: string }> = [];
    const visit = (n: { role?: string; alt?: string; children?: unknown[] }) => {
      if (n.role === 'Figure') figures.push({ role: n.role, alt: n.alt });
      for (const c of n.children ?? []) visit(c as typeof n);
    };
    visit(await page.getStructTree() as never);
    expect(figures).toEqual([{ role: 'Figure', alt: ALT }]);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    expect(text).toContain('personer');
    await pdf.destroy();
    const raw = data.toString('latin1');
    expect(raw).not.toMatch(/\/Subtype \/Image/);
  });
});

describe('diagram blocks in the årsrapport content', () => {
  const copy2023 = () => {
    const root = join(mkdtempSync(join(tmpdir(), 'diagram-')), 'imdi-2023');
    for (const d of ['tildelingsbrev', 'arsrapport']) cpSync(join(import.meta.dirname, '../../content/imdi-2023', d), join(root, d), { recursive: true });
    return join(root, 'arsrapport');
  };

  it('missing alt text is an error at its file and line', async () => {
    const dir = copy2023();
    const file = join(dir, 'hovedtall.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^    alt: .*\n/m, ''));
    const errors = composeChecked(await checkDocument(dir)).diagnostics.filter((d) => d.severity === 'feil');
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toMatch(/hovedtall\.yaml$/);
    expect(errors[0].line).toBe(text.split('\n').findIndex((l) => l.includes('- type: gruppert søyle')) + 1);
    expect(errors[0].message).toBe('påkrevd felt «alt» mangler');
  });

  it('a series with a value too few names the series and the years; the 2023 report places its chart in part II', async () => {
    const dir = copy2023();
    const { composed } = composeChecked(await checkDocument(dir));
    const figures = composed!.model.blocks.filter((b): b is Figure => b.type === 'figure');
    expect(figures.map((f) => [f.caption, f.chart.kind, f.chart.years])).toEqual([['Samlet tildeling og regnskap post 01–99, 2019–2023', 'groupedBar', [2019, 2020, 2021, 2022, 2023]]]);
    const file = join(dir, 'hovedtall.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('verdier: [12487, 10042, 8343, 13291, 18589]', 'verdier: [12487, 10042, 8343, 13291]'));
    const errors = composeChecked(await checkDocument(dir)).diagnostics.filter((d) => d.severity === 'feil');
    expect(errors.map((e) => e.message)).toEqual(['serien «Regnskap» har 4 verdier, men diagrammet har 5 år (2019, 2020, 2021, 2022, 2023)']);
  });
});
