import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDocument, composeChecked } from '../../src/documents.js';
import type { Block, Cell, DocumentModel } from '../../src/model/document.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { CONTENT } from '../helpers/examples.js';
import { auditPdf, EXAMPLES, sourceText, wordsOf } from '../helpers/layoutAudit.js';



describe('layout audit of the examples', () => {
  for (const example of EXAMPLES) {
    it(`${example}: no split amounts, no unhyphenated breaks, nothing stranded, no overlaps`, async () => {
      const { composed } = composeChecked(await checkDocument(join(CONTENT, example)));
      const words = wordsOf(sourceText(join(CONTENT, example)));
      for (const model of [composed!.model, ...(composed!.variants ?? []).map((v) => v.model)]) {
        expect(await auditPdf(await renderPdf(model), words)).toEqual([]);
      }
    }, 60_000);
  }
});

const t = (text: string): Cell => [{ text }];
const COMPOUNDS = ['mottaksbeboere', 'introduksjonsprogrammet', 'overføringsflyktninger', 'integreringstilskuddsordningene', 'kvalifiseringsprogramdeltakere'];
const ARABIC = 'مرحبا بكم في النرويج';
const JAPANESE = '東京都の代表団、ようこそ';
const EMOJI = '😀 👍 🎉';
const amount = (i: number) => `${(123456789012345 + i * 7919).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}`;

/**
 * Narrow text columns of long compounds, 15-digit amounts, a 12-column table, a per cent column, a 30-column table and
 * Norwegian mixed with Arabic, Japanese and emoji.
 */
function stressModel(): DocumentModel {
  const narrow: Block = {
    type: 'table',
    columns: [
      { kind: 'text', align: 'left', width: 1 }, { kind: 'text', align: 'left', width: 1 }, { kind: 'amount', align: 'right', width: 1 },
      { kind: 'amount', align: 'right', width: 1 }, { kind: 'text', align: 'left', width: 1 },
    ],
    head: [[t('Gruppe'), t('Merknad'), t('Tildeling 2023 (i kroner)'), t('Forbruk 2023 (i kroner)'), t('Andel')]],
    body: COMPOUNDS.map((word, i) => [t(`${word} i ${COMPOUNDS[(i + 1) % 5]}`), t(`${COMPOUNDS[(i + 2) % 5]} og ${word}`), t(amount(i)), t(amount(i + 9)), t(`${70 + i} %`)]),
    foot: [],
  };
  const wide: Block = {
    type: 'table',
    columns: Array.from({ length: 12 }, (_, c) => ({ kind: c === 0 ? 'text' as const : 'amount' as const, align: c === 0 ? 'left' as const : 'right' as const, width: 1 })),
    head: [[t('Kapittel'), ...Array.from({ length: 11 }, (_, c) => t(String(2013 + c)))]],
    body: Array.from({ length: 8 }, (_, r) => [t(`${COMPOUNDS[r % 5]}`), ...Array.from({ length: 11 }, (_, c) => t(String(100 + r * 11 + c)))]),
    foot: [],
  };
  const thirty: Block = {
    type: 'table',
    columns: Array.from({ length: 30 }, (_, c) => ({ kind: c === 0 ? 'text' as const : 'amount' as const, align: c === 0 ? 'left' as const : 'right' as const, width: 1 })),
    head: [[t('Tiltak'), ...Array.from({ length: 29 }, (_, c) => t(`Kolonne ${c + 1}`))]],
    body: Array.from({ length: 6 }, (_, r) => [t(COMPOUNDS[r % 5]), ...Array.from({ length: 29 }, (_, c) => t(amount(r * 29 + c)))]),
    foot: [],
  };
  const scripts: Block[] = [
    { type: 'paragraph', content: [{ text: `Direktøren sa «${ARABIC}» til gjestene fra Tokyo (${JAPANESE}) og smilte ${EMOJI} før møtet om ${COMPOUNDS[1]}.` }] },
    { type: 'paragraph', content: [{ text: `${ARABIC} ${JAPANESE} ${EMOJI} `.repeat(6) }] },
  ];
  const paragraph = (i: number): Block => ({ type: 'paragraph', content: [{ text: `Avsnitt ${i}: ${COMPOUNDS.join(' og ')} over kap.\u00a0671, post\u00a021, med ${amount(i)} kroner.` }] });
  const blocks: Block[] = [];
  for (let part = 0; part < 3; part++) {
    blocks.push({ type: 'heading', level: 1, id: `d${part}`, inToc: true, number: String(part + 1), content: [{ text: `Del ${part + 1}` }] });
    for (let i = 0; i < 14; i++) {
      blocks.push(paragraph(i));
      if (i % 4 === 3) blocks.push({ type: 'paragraph', content: [{ text: `Tabell ${part}.${i}`, bold: true }] }, i % 8 === 3 ? narrow : wide);
    }
    blocks.push({ type: 'paragraph', content: [{ text: `Tabell ${part}.bred`, bold: true }] }, thirty, ...scripts);
    blocks.push({ type: 'pageBreak' });
  }
  return {
    meta: { title: 'Stresstest', author: 'Test', language: 'nb-NO', date: '2024-01-01' },
    furniture: { pageNumberFormat: 'Side {side} av {sider}', header: 'Stresstest' },
    blocks,
  };
}

describe('layout audit of a stress corpus', () => {
  it('holds with narrow columns of long compounds, 15-digit amounts, a 12- and a 30-column table and mixed scripts', async () => {
    const words = wordsOf([...COMPOUNDS, 'Gruppe Merknad Tildeling kroner Forbruk Andel Kapittel Avsnitt og over kap post med i Tabell Del',
      'Tiltak Kolonne bred Direktøren sa til gjestene fra Tokyo smilte før møtet om', ARABIC, JAPANESE, EMOJI].join(' '));
    expect(await auditPdf(await renderPdf(stressModel()), words)).toEqual([]);
  }, 60_000);
});
