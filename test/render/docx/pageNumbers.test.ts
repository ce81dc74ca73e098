import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/model/document.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { docxParts, part } from '../../helpers/docxXml.js';

// A character outside docx's estimator width tables for Arial (its exact estimator stopped there): the page numbers
// now come from the shared pagination, which measures with the embedded font.
const UNMEASURABLE = '\u2042'; // ⁂ ASTERISM

describe('renderDocx page numbers', () => {
  it('fills the TOC and the page count from the shared pagination', async () => {
    const model: DocumentModel = {
      meta: { title: 'T', author: 'A', language: 'nb-NO', date: '2024-01-01' },
      furniture: { pageNumberFormat: 'Side {side} av {sider}' },
      blocks: [
        { type: 'toc', title: 'Innhold' },
        { type: 'paragraph', content: [{ text: `formel ${UNMEASURABLE}` }] },
        { type: 'heading', level: 1, number: '1', id: 'en', content: [{ text: 'En' }], inToc: true },
        { type: 'pageBreak' },
        { type: 'heading', level: 1, number: '2', id: 'to', content: [{ text: 'To' }], inToc: true },
      ],
    };
    const documentXml = part(await docxParts(await renderDocx(model)), 'word/document.xml');
    const results = [...documentXml.matchAll(/PAGEREF \w+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)<\/w:t>/g)].map((m) => m[1]);
    expect(results).toEqual(['1', '2']);
  });
});
