import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { sampleModel } from '../../fixtures/sampleModel.js';
import { pdfContent, type PdfContent } from '../../helpers/pdfText.js';

const TABLE_HEADER = 'Nr. Oppdrag Frist';

let pdf: Buffer;
let content: PdfContent;

beforeAll(async () => {
  pdf = await renderPdf(sampleModel());
  content = await pdfContent(pdf);
});

const allText = () => content.pages.map((page) => page.text).join('\n');

/** 1-based page on which a line equal to `line` appears (outside the table of contents). */
const pageWithLine = (line: string) => content.pages.findIndex((page) => page.lines.includes(line)) + 1;

describe('renderPdf on the sample model', () => {
  it('writes the letter text in reading order', () => {
    const text = allText();
    const expected = [
      'DET KONGELIGE ARBEIDS- OG INKLUDERINGSDEPARTEMENT',
      'Integrerings- og mangfoldsdirektoratet',
      'Postboks 672',
      '8508 NARVIK',
      'Vår ref',
      '22/3753-',
      '20. januar 2023',
      'Tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023',
      'Innhold',
      '1 Innledning',
      'Det vises til Prop. 1 S (2022–2023) og Innst. 15 S. Se regjeringen.no for mer. Æ ø å – «sitat»',
      '2 Mål, styringsparametere og oppdrag',
      '• SP 1: Andel deltakere',
      '1. Underpunkt en',
      'Oppdrag nummer 40 om',
      '3.1 Kap. 671 Bosetting av flyktninger og tiltak for innvandrere',
      '60 Integreringstilskudd, kan overføres 15 335,9',
      'Sum 17 349,1',
      'Vedlegg nr. 1 Instruks',
      '1 Instruksens formål',
      'Med hilsen',
      'Kari Nordmann (e.f.) Ola Nordmann',
      'ekspedisjonssjef avdelingsdirektør',
      'Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer',
      'Kopi',
      'Riksrevisjonen',
    ];
    let from = 0;
    for (const piece of expected) {
      const at = text.indexOf(piece, from);
      expect(at, `«${piece}» after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  });

  it('puts the letterhead on page 1 and the first-page footer only there', () => {
    const [first, second] = content.pages;
    expect(first.lines[0]).toBe('DET KONGELIGE ARBEIDS- OG INKLUDERINGSDEPARTEMENT');
    expect(first.text).toContain('Postadresse Kontoradresse Telefon Avdeling Saksbehandler');
    expect(first.text).toContain('postmottak@aid.dep.no');
    expect(second.text).not.toContain('Postadresse');
    expect(first.text).not.toContain('Tildelingsbrev 2023 – IMDi');
    expect(second.lines[0]).toBe('Tildelingsbrev 2023 – IMDi');
  });

  it('numbers every page "Side X av N" with the real page count', () => {
    const n = content.pages.length;
    expect(n).toBeGreaterThan(2);
    content.pages.forEach((page, i) => expect(page.lines[page.lines.length - 1]).toBe(`Side ${i + 1} av ${n}`));
  });

  it('gives each TOC entry the page its heading is on, and links it there', () => {
    const entries = content.pages[0].lines
      .map((line) => /^(.+?) ?(?:\. ?){3,}(\d+)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ title: m[1].trim(), page: Number(m[2]) }));
    expect(entries.map((e) => e.title)).toEqual([
      '1 Innledning', '2 Mål, styringsparametere og oppdrag', 'Mål 1: Flere innvandrere deltar i arbeidslivet',
      'Oppdrag som skal bidra til mål 1', '3 Tildeling av midler', '3.1 Kap. 671 Bosetting av flyktninger og tiltak for innvandrere',
      'Vedlegg nr. 1 Instruks', '1 Instruksens formål',
    ]);
    for (const entry of entries) expect(entry.page, entry.title).toBe(pageWithLine(entry.title));
    // Headings are spread over several pages, so a wrong page number cannot pass by accident.
    expect(new Set(entries.map((e) => e.page)).size).toBeGreaterThan(2);
    expect(content.destinations.get('budsjett')).toBe(pageWithLine('3 Tildeling av midler'));
    const tocLinks = content.links[0].filter((l) => l.dest).map((l) => l.dest);
    expect(tocLinks).toEqual(['innledning', 'maal', 'mal-1', 'oppdrag-mal-1', 'budsjett', 'kap-671', 'vedlegg-1', 'instruks-1']);
  });

  it('makes external links clickable', () => {
    const urls = content.links.flat().map((l) => l.url).filter(Boolean);
    expect(urls).toContain('https://www.regjeringen.no/');
  });

  it('nests bookmarks by heading level and points them at the headings', () => {
    expect(content.outline.map((o) => `${o.depth}:${o.title}`)).toEqual([
      '0:1 Innledning', '0:2 Mål, styringsparametere og oppdrag', '1:Mål 1: Flere innvandrere deltar i arbeidslivet',
      '2:Oppdrag som skal bidra til mål 1', '0:3 Tildeling av midler', '1:3.1 Kap. 671 Bosetting av flyktninger og tiltak for innvandrere',
      '0:Vedlegg nr. 1 Instruks', '1:1 Instruksens formål',
    ]);
    for (const item of content.outline) expect(item.page, item.title).toBe(pageWithLine(item.title));
  });

  it('repeats the long table header row on every page the table covers', () => {
    const tablePages = content.pages.filter((page) => page.text.includes('Oppdrag nummer'));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) {
      const header = page.lines.indexOf(TABLE_HEADER);
      const firstRow = page.lines.findIndex((line) => line.includes('Oppdrag nummer'));
      expect(header, page.text).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(firstRow);
    }
    // Rows are never split: all lines of each row's middle column stay on one page.
    for (let i = 1; i <= 40; i++) {
      const page = content.pages.find((p) => p.text.includes(`Oppdrag nummer ${i} om`));
      expect(page?.text, `row ${i}`).toMatch(new RegExp(`2023-${String(i).padStart(2, '0')} Oppdrag nummer ${i} om [^\\n]*\\n(?:[^\\n]*\\n)?[^\\n]*fylkeskommuner`));
    }
  });

  it('right-aligns amount columns', () => {
    const page = content.pages.find((p) => p.text.includes('Integreringstilskudd'))!;
    expect(page.lines).toContain('21 Spesielle driftsutgifter, kan overføres 61,0');
  });

  it('sets title, author, subject, keywords, language and reproducible dates', () => {
    expect(content.info.Title).toBe('Tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023');
    expect(content.info.Author).toBe('Arbeids- og inkluderingsdepartementet');
    expect(content.info.Subject).toBe('Tildelingsbrev 2023');
    expect(content.info.Keywords).toBe('tildelingsbrev');
    expect(content.language).toBe('nb-NO');
    expect(content.info.CreationDate).toMatch(/^D:20230120/);
    expect(pdf.toString('latin1')).toContain('/DisplayDocTitle true');
  });

  it('embeds every font (no standard fonts) and keeps Norwegian characters extractable', () => {
    const raw = pdf.toString('latin1');
    const descriptors = raw.match(/\/Type \/FontDescriptor[\s\S]*?>>/g) ?? [];
    expect(descriptors.length).toBeGreaterThanOrEqual(2);
    for (const d of descriptors) expect(d).toContain('/FontFile2');
    const fontSubtypes = [...raw.matchAll(/\/Type \/Font\n\/Subtype \/(\w+)/g)].map((m) => m[1]);
    expect(fontSubtypes.length).toBeGreaterThanOrEqual(4);
    // Only composite fonts whose descendants are embedded TrueType: no simple (possibly unembedded) fonts.
    expect(new Set(fontSubtypes)).toEqual(new Set(['Type0', 'CIDFontType2']));
    expect(fontSubtypes.filter((s) => s === 'CIDFontType2').length).toBe(descriptors.length);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(allText()).toMatch(/Æ ø å – «sitat»\s§ 14./);
  });

  it('renders byte-identical PDFs for the same model, with a file ID that depends on the content', async () => {
    const again = await renderPdf(sampleModel());
    expect(again.equals(pdf)).toBe(true);
    const changed: DocumentModel = sampleModel();
    changed.blocks.push({ type: 'paragraph', content: [{ text: 'Endret' }] });
    const fileId = (b: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(b.toString('latin1'))?.[1];
    expect(fileId(pdf)).toMatch(/^[0-9a-f]{32}$/);
    expect(fileId(await renderPdf(changed))).not.toBe(fileId(pdf));
  });
});

describe('renderPdf speed', () => {
  it('renders a 400-row letter quickly (fonts are not re-parsed per cell or per document)', async () => {
    const model = sampleModel(400);
    await renderPdf(model);
    const start = performance.now();
    const out = await renderPdf(model);
    const ms = performance.now() - start;
    expect((await pdfContent(out)).pages.length).toBeGreaterThan(20);
    // Typically ~100 ms warm; the bound is loose for slow CI machines but catches the per-cell font parsing trap (~20 s).
    expect(ms).toBeLessThan(2500);
  });
});
