import { Document, HeadingLevel, Packer, Paragraph, TableOfContents } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/model/document.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { hasBlankPageNumbers } from '../../../src/render/docx/pageNumbers.js';
import { docxParts, part } from '../../helpers/docxXml.js';

// A character outside the estimator's width tables for Arial: the exact estimator stops there.
const UNMEASURABLE = '\u2042'; // ⁂ ASTERISM

async function packWithExactEstimator(text: string): Promise<JSZip> {
  const doc = new Document({
    pageNumbers: estimatePageNumbers,
    styles: { default: { document: { run: { font: 'Arial' } } } },
    sections: [{ children: [
      new TableOfContents('Innhold', { hyperlink: true, headingStyleRange: '1-3' }),
      new Paragraph(text),
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Etter' }),
    ] }],
  });
  return JSZip.loadAsync(await Packer.toBuffer(doc));
}

describe('hasBlankPageNumbers', () => {
  it('is false when the estimator filled every page reference', async () => {
    expect(await hasBlankPageNumbers(await packWithExactEstimator('vanlig tekst'))).toBe(false);
  });

  it('is true when the estimator stopped and left them blank', async () => {
    expect(await hasBlankPageNumbers(await packWithExactEstimator(`tekst med ${UNMEASURABLE}`))).toBe(true);
  });
});

describe('renderDocx page numbers', () => {
  it('still fills the TOC when the exact estimator cannot lay the text out', async () => {
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
