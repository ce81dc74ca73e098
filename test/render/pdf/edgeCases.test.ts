import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { pdfContent } from '../../helpers/pdfText.js';

function model(blocks: Block[], furniture: Partial<DocumentModel['furniture']> = {}): DocumentModel {
  return {
    meta: { title: 'Kanttilfeller', author: 'Test', language: 'nn-NO', date: '2024-05-02' },
    furniture: { pageNumberFormat: 'Side {side} av {sider}', ...furniture },
    blocks,
  };
}

describe('renderPdf on unusual input', () => {
  it('renders an empty document as one numbered page', async () => {
    const { pages, language } = await pdfContent(await renderPdf(model([])));
    expect(pages.map((p) => p.text)).toEqual(['Side 1 av 1']);
    expect(language).toBe('nn-NO');
  });

  it('copes with tables without header or widths, empty cells, unknown divs, deep headings and page breaks', async () => {
    const blocks: Block[] = [
      { type: 'heading', level: 6, id: 'dyp', inToc: true, content: [{ text: 'Djup overskrift' }] },
      { type: 'table', columns: [], head: [], body: [[[{ text: 'a' }], [], [{ text: 'c' }]]], foot: [] },
      { type: 'quote', children: [{ type: 'paragraph', content: [{ text: 'Inni eit sitat' }] }] },
      { type: 'pageBreak' },
      { type: 'pageBreak' },
      { type: 'paragraph', content: [{ text: 'x'.repeat(400) }] },
      { type: 'list', ordered: true, start: 9, items: [[{ type: 'paragraph', content: [{ text: 'niande' }] }], [{ type: 'paragraph', content: [{ text: 'tiande' }] }]] },
      { type: 'pageBreak' },
    ];
    const { pages } = await pdfContent(await renderPdf(model(blocks, { header: 'Topptekst' })));
    expect(pages).toHaveLength(2);
    expect(pages[0].text).toContain('Djup overskrift\na c\nInni eit sitat');
    expect(pages[1].lines[0]).toBe('Topptekst');
    expect(pages[1].text).toContain('9. niande\n10. tiande');
    expect(pages[1].lines.filter((l) => /^x+$/.test(l)).join('')).toBe('x'.repeat(400));
  });

  it('moves a "hold-sammen" block whole to the next page when it would be split', async () => {
    const filler: Block[] = Array.from({ length: 30 }, (_, i) => ({ type: 'paragraph', content: [{ text: `Linje ${i + 1}` }] }));
    const kept: Block = { type: 'keepTogether', children: Array.from({ length: 6 }, (_, i) => ({ type: 'paragraph', content: [{ text: `Samla ${i + 1}` }] }) as Block) };
    const { pages } = await pdfContent(await renderPdf(model([...filler, kept])));
    const pageOf = (text: string) => pages.findIndex((p) => p.lines.includes(text));
    expect(pageOf('Samla 1')).toBe(pageOf('Samla 6'));
    // Without keeping together, "Samla 1" would still have fitted on page 1.
    expect(pageOf('Linje 30')).toBe(0);
    expect(pageOf('Samla 1')).toBe(1);
  });
});
