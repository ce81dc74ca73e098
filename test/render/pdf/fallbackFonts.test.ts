import { describe, expect, it } from 'vitest';
import { getMeasurer } from '../../../src/layout/fonts.js';
import { fontRuns } from '../../../src/layout/fontRuns.js';
import { loadFaces } from '../../../src/layout/fonts.js';
import type { DocumentModel } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { pdfContent } from '../../helpers/pdfText.js';

const ARABIC = 'مرحبا بكم في النرويج';
const JAPANESE = '東京都の代表団';

function model(text: string): DocumentModel {
  return {
    meta: { title: 'Skrifter', author: 'Test', language: 'nb-NO', date: '2024-05-02' },
    furniture: { pageNumberFormat: 'Side {side} av {sider}' },
    blocks: [{ type: 'paragraph', content: [{ text }] }],
  };
}

/** The subset fonts a PDF embeds (their BaseFont names without the subset tag). */
const baseFonts = (pdf: Uint8Array) => [...new Set(Buffer.from(pdf).toString('latin1').match(/\/BaseFont \/[A-Z]{6}\+[\w-]+/g))].map((f) => f.slice(18)).sort();

describe('fallback fonts', () => {
  it('splits text into Arimo and fallback runs, keeping an Arabic phrase with its spaces in one run', () => {
    expect(fontRuns(loadFaces().regular.metrics.cmap, `Hun sa «${ARABIC}» i ${JAPANESE} 😀.`)).toEqual([
      { text: 'Hun sa «' }, { text: ARABIC, fallback: 'arabic' }, { text: '» i ' },
      { text: JAPANESE, fallback: 'cjk' }, { text: ' ' }, { text: '😀', fallback: 'emoji' }, { text: '.' },
    ]);
  });

  it('measures fallback runs with the fallback face: a CJK ideograph is one em wide', () => {
    expect(getMeasurer().width('東京', 'regular', 10)).toBeCloseTo(20, 5);
    expect(getMeasurer().width('a東', 'regular', 10)).toBeCloseTo(getMeasurer().width('a', 'regular', 10) + 10, 5);
  });

  it('draws Arabic, Japanese and emoji in embedded subset Noto fonts with extractable text', async () => {
    const pdf = await renderPdf(model(`Direktøren sa «${ARABIC}» til gjestene (${JAPANESE}) og smilte 😀.`));
    expect(baseFonts(pdf)).toEqual(['Arimo-Regular', 'NotoEmoji-Regular', 'NotoSansArabic-Regular', 'NotoSansJP-Regular']);
    const { pages } = await pdfContent(pdf);
    expect(pages[0].text).toContain(JAPANESE);
    expect(pages[0].text).toContain('😀');
    // The test helper orders text items by x, so the Arabic words come right to left; each reads in logical order.
    const letters = pages[0].text.replace(/[\s\u0000-\u001f]/g, '');
    expect(letters).toContain('فيبكممرحبا');
  });

  it('embeds no fallback font in a document without such characters, and stays byte-deterministic', async () => {
    const plain = await renderPdf(model('Bare norsk tekst: æøå.'));
    expect(baseFonts(plain)).toEqual(['Arimo-Regular']);
    const mixed = model(`${ARABIC} ${JAPANESE} 😀`);
    expect(Buffer.from(await renderPdf(mixed)).equals(Buffer.from(await renderPdf(mixed)))).toBe(true);
  });
});
