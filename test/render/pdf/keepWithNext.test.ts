import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { pdfContent } from '../../helpers/pdfText.js';

const filler = (count: number): Block[] =>
  Array.from({ length: count }, (_, i) => ({ type: 'paragraph', content: [{ text: `Fyllavsnitt ${i + 1}.` }] }));

const longParagraph: Block = { type: 'paragraph', content: [{ text: 'Brødtekst etter overskriften. '.repeat(20) }] };

const table: Block = {
  type: 'table', columns: [{ kind: 'text', align: 'left', width: 3 }, { kind: 'amount', align: 'right', width: 1 }], foot: [],
  head: [[[{ text: 'Tabellhode' }], [{ text: 'Beløp' }]]],
  body: Array.from({ length: 6 }, (_, i) => [[{ text: `Post ${i + 1}` }], [{ text: `${i + 1},0` }]]),
};

function model(blocks: Block[]): DocumentModel {
  return {
    meta: { title: 'Test', author: 'Test', language: 'nb-NO', date: '2024-01-01' },
    furniture: { pageNumberFormat: 'Side {side} av {sider}' },
    blocks,
  };
}

/** Body lines of each page: everything but the page number line. */
async function bodyLines(blocks: Block[]): Promise<string[][]> {
  const { pages } = await pdfContent(await renderPdf(model(blocks)));
  return pages.map((page) => page.lines.filter((line) => !/^Side \d+ av \d+$/.test(line)));
}

/**
 * Slides the heading down the first page one filler paragraph at a time, so that for some count it would land in
 * the last lines of the page; it must then move to the next page together with what follows.
 */
async function checkSlidingHeading(following: Block[], headings: (n: number) => Block[], firstFollowing: string) {
  let moved = 0;
  for (let n = 30; n <= 48; n++) {
    const heads = headings(n);
    const texts = heads.map((h) => (h.type === 'heading' ? [h.number, h.content[0].text].filter(Boolean).join(' ') : ''));
    const pages = await bodyLines([...filler(n), ...heads, ...following]);
    for (const [p, lines] of pages.entries()) {
      const at = lines.indexOf(texts[0]);
      if (at < 0) continue;
      // The heading(s) and the start of what follows are on the same page, directly after one another.
      texts.forEach((text, k) => expect(lines[at + k], `n=${n}, page ${p + 1}`).toBe(text));
      expect(lines[at + texts.length] ?? '(page ends)', `n=${n}, page ${p + 1}`).toContain(firstFollowing);
      if (lines.slice(at).length < texts.length + 2) expect.fail(`n=${n}: only ${lines.slice(at).length - texts.length} line(s) after the heading on page ${p + 1}`);
      if (at === 0 && p > 0) moved++;
    }
  }
  // Proves the crafted models really hit the page bottom (otherwise this test could not fail).
  expect(moved).toBeGreaterThan(0);
}

describe('keep-with-next', () => {
  it('never leaves a heading at the bottom of a page without two lines of the following paragraph', async () => {
    await checkSlidingHeading([longParagraph], (n) => [
      { type: 'heading', level: 2, number: '1.1', id: `h${n}`, inToc: true, content: [{ text: `Overskrift ${n}` }] },
    ], 'Brødtekst etter overskriften.');
  });

  it('keeps a heading with the header and first row of a following table', async () => {
    await checkSlidingHeading([table], (n) => [
      { type: 'heading', level: 3, id: `t${n}`, inToc: false, content: [{ text: `Tabelloverskrift ${n}` }] },
    ], 'Tabellhode Beløp');
  });

  it('keeps consecutive headings together with the text after them', async () => {
    await checkSlidingHeading([longParagraph], (n) => [
      { type: 'heading', level: 1, id: `a${n}`, inToc: true, content: [{ text: `Kapittel ${n}` }] },
      { type: 'heading', level: 2, id: `b${n}`, inToc: true, content: [{ text: `Underkapittel ${n}` }] },
    ], 'Brødtekst etter overskriften.');
  });

  it('keeps a table title (a bold paragraph) with the header and first row of its table', async () => {
    let moved = 0;
    for (let n = 22; n <= 34; n++) {
      const pages = await bodyLines([...filler(n), { type: 'paragraph', content: [{ text: `Tabell ${n}`, bold: true }] }, table]);
      const p = pages.findIndex((lines) => lines.includes(`Tabell ${n}`));
      const lines = pages[p];
      expect(lines[lines.indexOf(`Tabell ${n}`) + 1], `n=${n}`).toBe('Tabellhode Beløp');
      expect(lines[lines.indexOf(`Tabell ${n}`) + 2], `n=${n}`).toBe('Post 1 1,0');
      if (p > 0 && lines[0] === `Tabell ${n}`) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('keeps the last lines before a signature block on its page', async () => {
    const signatures: Block = { type: 'signatures', greeting: ['Med hilsen'], signatories: [['Kari Nordmann', 'direktør']] };
    let moved = 0;
    for (let n = 22; n <= 34; n++) {
      const pages = await bodyLines([...filler(n), longParagraph, signatures]);
      const p = pages.findIndex((lines) => lines.includes('Med hilsen'));
      const before = pages[p].slice(0, pages[p].indexOf('Med hilsen'));
      expect(before.length, `n=${n}`).toBeGreaterThanOrEqual(2);
      expect(before.at(-1), `n=${n}`).toContain('Brødtekst');
      if (p > 0 && pages[p - 1].some((line) => line.includes('Brødtekst'))) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('leaves at least six lines of the last paragraph on the last page of a part', async () => {
    let split = 0;
    for (let n = 20; n <= 34; n++) {
      const long: Block = { type: 'paragraph', content: [{ text: 'Brødtekst i siste avsnitt. '.repeat(50) }] };
      const pages = await bodyLines([...filler(n), long, { type: 'pageBreak' }, { type: 'paragraph', content: [{ text: 'Neste del.' }] }]);
      const end = pages.findIndex((lines) => lines.includes('Neste del.')) - 1;
      if (end > 0 && pages[end - 1].some((line) => line.includes('Brødtekst'))) {
        expect(pages[end].length, `n=${n}`).toBeGreaterThanOrEqual(6);
        split++;
      }
    }
    expect(split).toBeGreaterThan(0);
  });
});
