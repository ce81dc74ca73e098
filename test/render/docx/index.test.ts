import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentModel, Run } from '../../../src/model/document.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { sampleModel } from '../../fixtures/sampleModel.js';
import { decode, docxParts, paragraphsOf, part, styleOf, textOf } from '../../helpers/docxXml.js';

const t = (text: string, extra: Partial<Run> = {}): Run => ({ text, ...extra });
const p = (...content: Run[]): Block => ({ type: 'paragraph', content });

/** A small model for what the sample does not exercise: internal links, list starts, hold-sammen, nynorsk. */
function smallModel(): DocumentModel {
  return {
    meta: { title: 'Liten', author: 'Departementet', language: 'nn-NO', date: '2024-02-29' },
    furniture: { pageNumberFormat: 'Side {side} av {sider}' },
    blocks: [
      { type: 'heading', level: 1, number: '1', id: 'kap-1', content: [t('Kapittel')], inToc: true },
      p(t('Sjå '), t('kapittel 1', { href: '#kap-1' }), t(' og '), t('ukjend', { href: '#finst-ikkje' }), t('.')),
      { type: 'list', ordered: true, start: 3, items: [[p(t('tre'))], [p(t('fire'))]] },
      { type: 'list', ordered: true, start: 1, items: [[p(t('ein'))]] },
      { type: 'keepTogether', children: [p(t('først')), p(t('sist'))] },
      { type: 'quote', children: [p(t('innhald i eit sitat'))] },
    ],
  };
}

describe('renderDocx on the sample model', () => {
  let parts: Map<string, string>;
  let documentXml: string;
  let paragraphs: string[];

  beforeAll(async () => {
    parts = await docxParts(await renderDocx(sampleModel()));
    documentXml = part(parts, 'word/document.xml');
    paragraphs = paragraphsOf(documentXml);
  });

  const paragraphWith = (text: string): string => {
    const found = paragraphs.filter((x) => textOf(x).includes(text) && !x.includes('PAGEREF'));
    expect(found, `a body paragraph containing «${text}»`).toHaveLength(1);
    return found[0];
  };

  it('gives headings the Heading styles, their number as a text prefix followed by a tab, and a bookmark', () => {
    const h1 = paragraphWith('Innledning');
    expect(styleOf(h1)).toBe('Heading1');
    expect(h1).toMatch(/<w:t[^>]*>1<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t[^>]*>Innledning</);
    const h2 = paragraphWith('Kap. 671 Bosetting');
    expect(styleOf(h2)).toBe('Heading2');
    expect(textOf(h2)).toBe('3.1Kap. 671 Bosetting av flyktninger og tiltak for innvandrere');
    expect(h2).toContain('<w:bookmarkStart w:name="kap_671"');
    expect(styleOf(paragraphWith('Oppdrag som skal bidra til mål 1'))).toBe('Heading3');
    // Unnumbered headings have no prefix.
    expect(textOf(paragraphWith('Mål 1: Flere innvandrere'))).toBe('Mål 1: Flere innvandrere deltar i arbeidslivet');
  });

  it('keeps headings out of the TOC with a style of their own when inToc is false, at their real outline level', () => {
    const title = paragraphs.find((x) => styleOf(x)?.startsWith('OverskriftUtenforInnhold') && textOf(x).startsWith('Tildelingsbrev til'));
    expect(title).toBeDefined();
    const styles = part(parts, 'word/styles.xml');
    const unlisted = (level: number) => new RegExp(`w:styleId="OverskriftUtenforInnhold${level}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    for (const level of [1, 2, 3, 4]) {
      expect(unlisted(level)).toContain(`<w:basedOn w:val="Heading${level}"/>`);
      expect(unlisted(level)).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
    expect(styles).toMatch(/w:styleId="Heading1"><w:name w:val="Heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/);
  });

  it('has a filled, clean TOC field with the listed headings and their page numbers', () => {
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(documentXml)?.[0] ?? '';
    expect(decode(toc)).toContain('<w:instrText xml:space="preserve">TOC \\o "1-3" \\h</w:instrText>');
    expect(toc).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(toc).toContain('<w:fldChar w:fldCharType="begin"/>');
    expect(toc).not.toContain('w:dirty');
    const entries = paragraphsOf(toc)
      .filter((x) => x.includes('PAGEREF'))
      .map((x) => ({
        style: styleOf(x),
        // Number, tab, title: a wrapped entry hangs past its number.
        title: textOf(x.slice(0, x.lastIndexOf('<w:tab/>')).replace(/<w:tab\/>/g, '<w:t> </w:t>')),
        page: textOf(/PAGEREF[\s\S]*?<w:fldChar w:fldCharType="separate"\/>([\s\S]*?)<w:fldChar w:fldCharType="end"\/>/.exec(x)?.[1] ?? ''),
      }));
    expect(entries.map((e) => e.title)).toEqual([
      '1 Innledning',
      '2 Mål, styringsparametere og oppdrag',
      'Mål 1: Flere innvandrere deltar i arbeidslivet',
      'Oppdrag som skal bidra til mål 1',
      '3 Tildeling av midler',
      '3.1 Kap. 671 Bosetting av flyktninger og tiltak for innvandrere',
      'Vedlegg nr. 1 Instruks',
      '1 Instruksens formål',
    ]);
    expect(entries.map((e) => e.style)).toEqual(['TOC1', 'TOC1', 'TOC2', 'TOC3', 'TOC1', 'TOC2', 'TOC1', 'TOC2']);
    const pages = entries.map((e) => Number(e.page));
    expect(pages[0]).toBe(1);
    expect(pages.every((n, i) => Number.isInteger(n) && n >= (pages[i - 1] ?? 1))).toBe(true);
    // The appendix follows a page break and 40 table rows, so it cannot be on the first pages.
    expect(pages[6]).toBeGreaterThan(2);
    // Each entry links to the bookmark on its heading, and its page number is a PAGEREF to the same bookmark.
    const firstEntry = paragraphsOf(toc).find((x) => x.includes('PAGEREF'))!;
    const anchor = /w:anchor="([^"]+)"/.exec(firstEntry)?.[1];
    expect(firstEntry).toContain(`PAGEREF ${anchor} \\h`);
    expect(paragraphWith('Innledning')).toContain(`<w:bookmarkStart w:name="${anchor}"`);
  });

  it('does not make Word update fields on opening', () => {
    expect(part(parts, 'word/settings.xml')).not.toContain('updateFields');
  });

  it('turns on automatic hyphenation and sets the running header like the PDF: left, with a rule under it', () => {
    expect(part(parts, 'word/settings.xml')).toContain('<w:autoHyphenation/>');
    const header = /w:styleId="Topptekst">[\s\S]*?<\/w:style>|w:styleId="Header">[\s\S]*?<\/w:style>/.exec(part(parts, 'word/styles.xml'))?.[0] ?? '';
    expect(header).toContain('<w:jc w:val="left"/>');
    expect(header).toMatch(/<w:bottom w:val="single" w:color="a6a6a6" w:sz="3" w:space="4"\/>/);
  });

  it('marks table header rows to repeat and keeps rows whole', () => {
    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const long = tables.find((x) => x.includes('Oppdrag nummer 40'));
    expect(long).toBeDefined();
    const rows: string[] = long!.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(41);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(textOf(rows[0])).toBe('Nr.OppdragFrist');
    expect(rows.slice(1).some((r) => r.includes('tblHeader'))).toBe(false);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(long).toContain('<w:tblStyle w:val="Tabell"/>');
    // The shared layout's widths of the 9242 twips text width: the number and date columns as wide as their
    // content ("2023-01", "31.03.2024"), the rest to the text column.
    expect(long).toContain('<w:tblGrid><w:gridCol w:w="880"/><w:gridCol w:w="7222"/><w:gridCol w:w="1140"/></w:tblGrid>');
    // A "\n" run in a cell is a line break.
    expect(rows[1]).toMatch(/01\.07\.2023<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t[^>]*>31\.03\.2024/);
  });

  it('right-aligns the amount column', () => {
    const budget = (documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((x) => x.includes('Integreringstilskudd'));
    const row = budget!.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!.find((r) => r.includes('Integreringstilskudd'))!;
    const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    expect(textOf(cells[2])).toBe('15\u00a0335,9');
    expect(cells[2]).toMatch(/<w:jc w:val="(right|end)"\/>/);
    expect(cells[1]).not.toMatch(/<w:jc w:val="(right|end)"\/>/);
  });

  it('defines the table styles in the styles part', () => {
    const styles = part(parts, 'word/styles.xml');
    expect(styles).toMatch(/<w:style w:type="table" w:customStyle="1" w:styleId="Tabell">.*?<w:tblBorders>.*?w:val="single"/);
    expect(styles).toMatch(/<w:style w:type="table" w:customStyle="1" w:styleId="TabellUtenRammer">.*?<w:top w:val="nil"/);
  });

  it('lays the letterhead out: sender, recipient lines, references without borders', () => {
    expect(styleOf(paragraphWith('Det kongelige arbeids- og inkluderingsdepartement'))).toBe('Avsender');
    const recipient = paragraphWith('Postboks 672');
    expect(styleOf(recipient)).toBe('Mottaker');
    expect(recipient).toMatch(/Postboks 672<\/w:t><\/w:r><w:r><w:br\/>/);
    const references = (documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((x) => x.includes('Deres ref'))!;
    expect(references).toContain('<w:tblStyle w:val="TabellUtenRammer"/>');
    expect(references).not.toContain('tblHeader');
    expect(textOf(references)).toBe('Deres refVår refDato22/3753-20. januar 2023');
  });

  it('puts the signatories side by side and the note in small print', () => {
    const signatures = (documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((x) => x.includes('Kari Nordmann'))!;
    const cells = signatures.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    expect(cells.map(textOf)).toEqual(['Kari Nordmann (e.f.)ekspedisjonssjef', 'Ola Nordmannavdelingsdirektør']);
    expect(styleOf(paragraphWith('Med hilsen'))).toBe('Hilsen');
    expect(paragraphWith('Med hilsen')).toContain('<w:keepNext/>');
    expect(styleOf(paragraphWith('Dokumentet er elektronisk signert'))).toBe('Merknad');
  });

  it('renders lists with numbering definitions, nested levels included', () => {
    const sp1 = paragraphWith('Andel deltakere');
    const nested = paragraphWith('Underpunkt en');
    const bulletId = /<w:numId w:val="(\d+)"\/>/.exec(sp1)?.[1];
    const orderedId = /<w:numId w:val="(\d+)"\/>/.exec(nested)?.[1];
    expect(sp1).toContain('<w:ilvl w:val="0"/>');
    expect(nested).toContain('<w:ilvl w:val="1"/>');
    expect(bulletId).toBeDefined();
    expect(orderedId).not.toBe(bulletId);
    const numbering = part(parts, 'word/numbering.xml');
    const abstractOf = (numId: string) => new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
    const levelOf = (numId: string, level: number) =>
      new RegExp(`<w:abstractNum w:abstractNumId="${abstractOf(numId)}"[\\s\\S]*?<w:lvl w:ilvl="${level}"[^>]*>([\\s\\S]*?)</w:lvl>`).exec(numbering)![1];
    expect(levelOf(bulletId!, 0)).toContain('<w:numFmt w:val="bullet"/>');
    expect(levelOf(orderedId!, 1)).toContain('<w:numFmt w:val="decimal"/>');
    expect(levelOf(orderedId!, 1)).toContain('<w:lvlText w:val="%2."/>');
  });

  it('starts the block after a page break on a new page', () => {
    expect(paragraphWith('Vedlegg nr. 1 Instruks')).toContain('<w:pageBreakBefore/>');
    expect(paragraphs.filter((x) => x.includes('pageBreakBefore'))).toHaveLength(1);
  });

  it('has the page number footer with PAGE and NUMPAGES on every page and the sender columns on page 1', () => {
    const sectPr = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(documentXml)![0];
    expect(sectPr).toContain('<w:titlePg/>');
    const footerOf = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"/>`).exec(sectPr)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(part(parts, 'word/_rels/document.xml.rels'))![1];
      return part(parts, `word/${target}`);
    };
    for (const footer of [footerOf('default'), footerOf('first')]) {
      expect(footer).toContain('>PAGE<');
      expect(footer).toContain('>NUMPAGES<');
      expect(textOf(footer)).toMatch(/Side .*av/);
    }
    const first = footerOf('first');
    expect(footerOf('default')).not.toContain('Postadresse');
    const cells = first.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    expect(cells).toHaveLength(5);
    expect(paragraphsOf(cells[0]).map(textOf)).toEqual(['Postadresse', 'Postboks 8019 Dep', '0030 Oslo', 'postmottak@aid.dep.no']);
    expect(paragraphsOf(cells[0])[0]).toContain('<w:b/>');
    expect(paragraphsOf(cells[0])[1]).not.toContain('<w:b/>');
    expect(textOf(cells[4])).toBe('SaksbehandlerOla Nordmann22 24 00 00');
  });

  it('has the running header on later pages only', () => {
    const sectPr = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(documentXml)![0];
    const headerOf = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`).exec(sectPr)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(part(parts, 'word/_rels/document.xml.rels'))![1];
      return part(parts, `word/${target}`);
    };
    expect(textOf(headerOf('default'))).toBe('Tildelingsbrev 2023 – IMDi');
    expect(textOf(headerOf('first'))).toBe('');
  });

  it('writes the metadata with the model date', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023</dc:title>');
    expect(core).toContain('<dc:creator>Arbeids- og inkluderingsdepartementet</dc:creator>');
    expect(core).toContain('<dc:subject>Tildelingsbrev 2023</dc:subject>');
    expect(core).toContain('<cp:keywords>tildelingsbrev</cp:keywords>');
    expect(core).toMatch(/<dc:description>[^<]*Tildelingsbrev[^<]*<\/dc:description>/);
    expect(core).toMatch(/<dcterms:created [^>]*>2023-01-20T12:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2023-01-20T12:00:00Z<\/dcterms:modified>/);
  });

  it('sets the document language and Arial 11 pt in the style defaults', () => {
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(part(parts, 'word/styles.xml'))![0];
    expect(defaults).toContain('<w:lang w:val="nb-NO"/>');
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:sz w:val="22"/>');
  });

  it('links external targets through a relationship', () => {
    const link = /<w:hyperlink [^>]*?r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/.exec(documentXml);
    expect(link).not.toBeNull();
    expect(textOf(link![2])).toBe('regjeringen.no');
    expect(part(parts, 'word/_rels/document.xml.rels')).toMatch(
      new RegExp(`Id="${link![1]}"[^>]*Target="https://www.regjeringen.no" TargetMode="External"`));
  });
});

describe('renderDocx on a small model', () => {
  let documentXml: string;
  let parts: Map<string, string>;

  beforeAll(async () => {
    parts = await docxParts(await renderDocx(smallModel()));
    documentXml = part(parts, 'word/document.xml');
  });

  it('links "#id" to the heading bookmark and leaves unknown anchors as plain text', () => {
    expect(documentXml).toMatch(/<w:hyperlink [^>]*?w:anchor="kap_1"[^>]*>(?:(?!<\/w:hyperlink>)[\s\S])*?kapittel 1<\/w:t>/);
    expect(documentXml).toContain('<w:bookmarkStart w:name="kap_1"');
    expect(documentXml).not.toContain('finst');
    expect(textOf(documentXml)).toContain('Sjå kapittel 1 og ukjend.');
  });

  it('restarts each ordered list at its own start', () => {
    const paragraphs = paragraphsOf(documentXml);
    const numIdOf = (text: string) => /<w:numId w:val="(\d+)"\/>/.exec(paragraphs.find((x) => textOf(x) === text)!)![1];
    expect(numIdOf('tre')).toBe(numIdOf('fire'));
    expect(numIdOf('ein')).not.toBe(numIdOf('tre'));
    const numbering = part(parts, 'word/numbering.xml');
    const abstractId = new RegExp(`<w:num w:numId="${numIdOf('tre')}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
    const level0 = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[\\s\\S]*?<w:lvl w:ilvl="0"[^>]*>([\\s\\S]*?)</w:lvl>`).exec(numbering)![1];
    expect(level0).toContain('<w:start w:val="3"/>');
    const num = new RegExp(`<w:num w:numId="${numIdOf('tre')}">[\\s\\S]*?</w:num>`).exec(numbering)![0];
    expect(num).not.toMatch(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="(?!3")/);
  });

  it('keeps hold-sammen paragraphs together, the last one only with its own lines', () => {
    const paragraphs = paragraphsOf(documentXml);
    const first = paragraphs.find((x) => textOf(x) === 'først')!;
    const last = paragraphs.find((x) => textOf(x) === 'sist')!;
    expect(first).toContain('<w:keepNext/>');
    expect(first).toContain('<w:keepLines/>');
    expect(last).not.toContain('<w:keepNext/>');
    expect(last).toContain('<w:keepLines/>');
  });

  it('gives a quotation the Quote style', () => {
    const paragraph = paragraphsOf(documentXml).find((x) => textOf(x) === 'innhald i eit sitat');
    expect(paragraph).toBeDefined();
    expect(styleOf(paragraph!)).toBe('Sitat');
  });

  it('uses the model language and a page-number-only first footer without sender columns', () => {
    expect(part(parts, 'word/styles.xml')).toContain('<w:lang w:val="nn-NO"/>');
    const footers = [...parts.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => part(parts, k));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).not.toContain('<w:tbl>');
      expect(footer).toContain('>NUMPAGES<');
    }
    expect(part(parts, 'docProps/core.xml')).toMatch(/<dcterms:created [^>]*>2024-02-29T12:00:00Z</);
  });
});

describe('reproducibility', () => {
  it('renders the same model to the same bytes, also after rendering other documents', async () => {
    const first = await renderDocx(sampleModel(3));
    await renderDocx(smallModel());
    const second = await renderDocx(sampleModel(3));
    expect(first.length).toBeGreaterThan(1000);
    expect(first.equals(second)).toBe(true);
    const other = await renderDocx({ ...sampleModel(3), meta: { ...sampleModel(3).meta, date: '2023-01-21' } });
    expect(other.equals(first)).toBe(false);
  });
});

describe('edge cases', () => {
  it('renders an empty document, a TOC without listed headings and a trailing page break', async () => {
    const model: DocumentModel = {
      meta: { title: 'Tom', author: 'A', language: 'nb-NO', date: 'ikke-en-dato' as string },
      furniture: { pageNumberFormat: 'Side {side}' },
      blocks: [{ type: 'toc', title: 'Innhold' }, { type: 'pageBreak' }],
    };
    const parts = await docxParts(await renderDocx(model));
    const documentXml = part(parts, 'word/document.xml');
    expect(textOf(documentXml)).toBe('Innhold');
    expect(documentXml).not.toContain('pageBreakBefore');
    expect(part(parts, 'docProps/core.xml')).toMatch(/<dcterms:created [^>]*>2000-01-01T12:00:00Z</);
  });
});
