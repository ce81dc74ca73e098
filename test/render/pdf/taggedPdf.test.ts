import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import type { DocumentModel } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { sampleModel } from '../../fixtures/sampleModel.js';
import { LETTER_2023 } from '../../helpers/examples.js';
import { pdfTagging, structElements, structText, type PdfTagging, type StructElement } from '../../helpers/pdfText.js';

let pdf: Buffer;
let tagging: PdfTagging;

beforeAll(async () => {
  pdf = await renderPdf(sampleModel());
  tagging = await pdfTagging(pdf);
});

const all = (t: PdfTagging) => t.pages.flatMap(structElements);
const roles = (t: PdfTagging) => new Set(all(t).map((e) => e.role));
const ofRole = (t: PdfTagging, role: string) => all(t).filter((e) => e.role === role);

describe('tagged PDF/A-2a output', () => {
  it('marks the document as tagged, with its language and the PDF/A-2 identification in the XMP', () => {
    expect(tagging.markInfo?.Marked).toBe(true);
    expect(tagging.language).toBe('nb-NO');
    const xmp = tagging.xmp ?? '';
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023</rdf:li>');
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Arbeids- og inkluderingsdepartementet</rdf:li></rdf:Seq></dc:creator>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>nb-NO</rdf:li></rdf:Bag></dc:language>');
    // Dates from the document, as in the info dictionary; the producer as in the info dictionary (PDF/A requires both to agree).
    expect(xmp).toContain('<xmp:CreateDate>2023-01-20T12:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2023-01-20T12:00:00Z</xmp:ModifyDate>');
    expect(xmp).toContain('<pdf:Producer>Styringsdok (PDFKit)</pdf:Producer>');
  });

  it('has an sRGB output intent with an embedded ICC profile, and shows the title in the viewer', () => {
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(text).toMatch(/\/S \/GTS_PDFA1/);
    expect(text).toMatch(/\/DestOutputProfile \d+ 0 R/);
    expect(text).toMatch(/\/DisplayDocTitle true/);
  });

  it('escapes XML in the XMP and takes nn-NO from the document', async () => {
    const model: DocumentModel = { ...sampleModel(2), meta: { ...sampleModel(2).meta, title: 'Forsøk & <feil> "sitat"', language: 'nn-NO' } };
    const t = await pdfTagging(await renderPdf(model));
    expect(t.xmp).toContain('Forsøk &amp; &lt;feil&gt; &quot;sitat&quot;');
    expect(t.xmp).toContain('<rdf:li>nn-NO</rdf:li>');
    expect(t.language).toBe('nn-NO');
  });

  it('has a structure tree with headings by level, paragraphs, lists, tables with header cells, links and a TOC', () => {
    const r = roles(tagging);
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Link', 'TOC', 'TOCI']) {
      expect(r, role).toContain(role);
    }
    const h1 = ofRole(tagging, 'H1').map(structText);
    expect(h1).toContain('1 Innledning');
    expect(h1).toContain('Innhold');
    expect(ofRole(tagging, 'H2').map(structText)).toContain('Mål 1: Flere innvandrere deltar i arbeidslivet');
    expect(ofRole(tagging, 'H3').map(structText)).toContain('Oppdrag som skal bidra til mål 1');
    expect(ofRole(tagging, 'TH').map(structText)).toEqual(expect.arrayContaining(['Nr.', 'Oppdrag', 'Frist', 'Post', 'Betegnelse']));
    expect(ofRole(tagging, 'Link').map(structText)).toContain('regjeringen.no');
    expect(ofRole(tagging, 'TOCI').map(structText)).toContainEqual(expect.stringMatching(/^1 Innledning \d+$/));
    // A nested ordered list: L > LI > LBody > L.
    const nested = ofRole(tagging, 'LBody').find((body) => body.children.some((c) => c.role === 'L'));
    expect(nested && structText(nested)).toContain('Underpunkt en');
    const labels = ofRole(tagging, 'Lbl').map(structText);
    expect(labels).toEqual(expect.arrayContaining(['•', '1.', '2.']));
  });

  it('gives every table row all its cells, empty ones included', () => {
    // pdfjs leaves out elements without content, so read the (uncompressed) structure elements themselves.
    const rows = [...pdf.toString('latin1').matchAll(/\/S \/TR\n\/P \d+ 0 R\n\/K \[([^\]]*)\]/g)].map((m) => m[1].split(' R').filter((r) => r.trim()).length);
    // Every table of the sample has three columns, among them the references (an empty "Deres ref") and the budget (an empty cell in "Sum").
    expect(rows.length).toBeGreaterThan(40);
    expect(new Set(rows)).toEqual(new Set([3]));
  });

  it('marks page furniture and repeated table headers as artifacts, and leaves nothing unmarked', () => {
    const pageCount = tagging.pages.length;
    expect(pageCount).toBeGreaterThan(2);
    tagging.artifacts.forEach((artifacts, i) => {
      expect(artifacts.join(' '), `page ${i + 1}`).toContain(`Side ${i + 1} av ${pageCount}`);
      expect(tagging.tagged[i].join(' ')).not.toContain('Side ');
      expect(tagging.untagged[i], `page ${i + 1}`).toEqual([]);
    });
    expect(tagging.artifacts[0].join(' ')).toContain('Postadresse');
    expect(tagging.artifacts[1].join(' ')).toContain('Tildelingsbrev 2023 – IMDi');
    const text = all(tagging).map(structText).join(' ');
    expect(text).not.toContain('Postadresse');
    expect(text).not.toContain('Tildelingsbrev 2023 – IMDi');
    // The 40-row table continues over pages: its header row is tagged once, its repetitions are artifacts.
    expect(ofRole(tagging, 'TH').filter((th) => structText(th) === 'Oppdrag')).toHaveLength(1);
    const repeated = tagging.artifacts.filter((artifacts) => artifacts.includes('Oppdrag'));
    expect(repeated.length).toBeGreaterThan(0);
  });

  it('keeps a table row that continues on the next page in one TR', () => {
    const pagesWithRows = tagging.pages.filter((page) => structElements(page).some((e) => e.role === 'TD' && /^Oppdrag nummer/.test(structText(e))));
    expect(pagesWithRows.length).toBeGreaterThan(1);
  });

  it('separates lines ended by a hard break in the text', () => {
    expect(ofRole(tagging, 'P').map(structText)).toContain('Integrerings- og mangfoldsdirektoratet Postboks 672 8508 NARVIK');
  });
});

describe('the 2023 letter as a tagged PDF', () => {
  let letter: PdfTagging;
  beforeAll(async () => {
    const { composed } = composeChecked(await checkDocument(LETTER_2023));
    letter = await pdfTagging(await renderPdf(composed!.model));
  });

  it('has headings, paragraphs, lists and tables with header cells', () => {
    const r = roles(letter);
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TH', 'TD', 'TOC', 'TOCI', 'Link']) expect(r, role).toContain(role);
    expect(ofRole(letter, 'H1').map(structText)).toContain('1. Innledning');
    expect(letter.untagged.flat()).toEqual([]);
    const headingsInToc = ofRole(letter, 'TOCI').length;
    expect(headingsInToc).toBeGreaterThan(10);
  });

  it('puts one Document element at the root', () => {
    const roots = new Set(letter.pages.map((page) => page.children.map((c: StructElement) => c.role).join(',')));
    expect([...roots].every((r) => r === 'Document')).toBe(true);
  });
});
