import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/model/document.js';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import { renderHtml } from '../../../src/render/html/index.js';
import { sampleModel } from '../../fixtures/sampleModel.js';

const LETTER = join(import.meta.dirname, '../../../content/imdi-2023/tildelingsbrev');

function parse(model: DocumentModel): Document {
  return parseHTML(renderHtml(model)).document as unknown as Document;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\u00ad/g, '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const all = (doc: ParentNode, selector: string) => [...doc.querySelectorAll(selector)];

async function composedLetter(): Promise<DocumentModel> {
  const { composed, diagnostics } = composeChecked(await checkDocument(LETTER));
  if (!composed) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return composed.model;
}

describe('renderHtml on the sample model', () => {
  const doc = parse(sampleModel(3));

  it('declares the language, the title and no script', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('nb');
    expect(text(doc.querySelector('title'))).toBe('Tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023');
    expect(doc.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Arbeids- og inkluderingsdepartementet');
    expect(doc.querySelector('script')).toBeNull();
    expect(parse({ ...sampleModel(1), meta: { ...sampleModel(1).meta, language: 'nn-NO' } }).documentElement.getAttribute('lang')).toBe('nn');
  });

  it('gives headings their level and the PDF number', () => {
    const headings = all(doc, 'main h1, main h2, main h3, main h4').map((h) => `${h.tagName.toLowerCase()} ${text(h)}`);
    expect(headings).toEqual([
      'h1 Tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023',
      'h1 Innhold',
      'h1 1 Innledning',
      'h1 2 Mål, styringsparametere og oppdrag',
      'h2 Mål 1: Flere innvandrere deltar i arbeidslivet',
      'h3 Oppdrag som skal bidra til mål 1',
      'h1 3 Tildeling av midler',
      'h2 3.1 Kap. 671 Bosetting av flyktninger og tiltak for innvandrere',
      'h1 Vedlegg nr. 1 Instruks',
      'h2 1 Instruksens formål',
    ]);
    expect(doc.getElementById('kap-671')?.querySelector('.nr')?.textContent).toBe('3.1');
  });

  it('lists the table of contents in a nav whose links all lead to headings', () => {
    const nav = doc.querySelector('nav');
    expect(nav?.getAttribute('aria-labelledby')).toBe(nav?.querySelector('h1')?.id);
    const links = all(doc, 'nav a');
    expect(links.map(text)).toEqual(['1 Innledning', '2 Mål, styringsparametere og oppdrag', 'Mål 1: Flere innvandrere deltar i arbeidslivet', 'Oppdrag som skal bidra til mål 1', '3 Tildeling av midler', '3.1 Kap. 671 Bosetting av flyktninger og tiltak for innvandrere', 'Vedlegg nr. 1 Instruks', '1 Instruksens formål']);
    for (const link of links) expect(doc.getElementById(link.getAttribute('href')!.slice(1))?.tagName).toMatch(/^H[1-6]$/);
    // Nested by level: "Mål 1" is inside chapter 2's entry, "Oppdrag …" inside "Mål 1"'s.
    expect(text(nav?.querySelector('ol > li > ol > li > ol > li > a'))).toBe('Oppdrag som skal bidra til mål 1');
  });

  it('writes tables with header cells scoped to their columns and aligned like the PDF', () => {
    const budget = all(doc, 'table').find((t) => text(t).includes('Spesielle driftsutgifter'))!;
    expect(all(budget, 'thead th').map((th) => [text(th), th.getAttribute('scope')])).toEqual([['Post', 'col'], ['Betegnelse', 'col'], ['Tildeling 2023 (mill. kroner)', 'col']]);
    expect(all(budget, 'tbody tr').map((tr) => all(tr, 'td').map(text))).toEqual([
      ['21', 'Spesielle driftsutgifter, kan overføres', '61,0'],
      ['60', 'Integreringstilskudd, kan overføres', '15 335,9'],
    ]);
    expect(all(budget, 'tfoot tr').map((tr) => all(tr, 'td').map(text))).toEqual([['Sum', '', '17 349,1']]);
    expect(all(budget, 'td:nth-child(3)').every((td) => td.className === 'r')).toBe(true);
  });

  it('keeps the letterhead, the signatories and the sender footer', () => {
    expect(text(doc.querySelector('header.brevhode .avsender'))).toBe('Det kongelige arbeids- og inkluderingsdepartement');
    expect(doc.querySelector('.mottaker p')?.innerHTML).toBe('Integrerings- og mangfoldsdirektoratet<br>Postboks 672<br>8508 NARVIK');
    expect(all(doc, '.referanser thead th').map(text)).toEqual(['Deres ref', 'Vår ref', 'Dato']);
    expect(all(doc, '.signaturer .signatar p').map((p) => p.innerHTML)).toEqual(['Kari Nordmann (e.f.)<br>ekspedisjonssjef', 'Ola Nordmann<br>avdelingsdirektør']);
    expect(text(doc.querySelector('footer.sidefot p strong'))).toBe('Postadresse');
    expect(doc.querySelector('a[href="https://www.regjeringen.no"]')?.textContent).toBe('regjeringen.no');
  });

  it('prints page numbers and the running header from the furniture', () => {
    const css = text(doc.querySelector('style'));
    expect(css).toContain('@bottom-right{content:"Side " counter(page) " av " counter(pages)');
    expect(css).toContain('@top-left{content:"Tildelingsbrev 2023 – IMDi"');
    expect(css).toMatch(/@font-face\{font-family:Arimo;font-weight:400;font-style:normal;font-display:swap;src:url\(data:font\/ttf;base64,AAEAAA/);
  });

  it('uses a bold paragraph right before a table as its caption', () => {
    const model = sampleModel(1);
    model.blocks.push({ type: 'paragraph', content: [{ text: 'Tilskudd til nasjonale ressursmiljø', bold: true }] }, {
      type: 'table', columns: [{ kind: 'text', align: 'left', width: 3 }, { kind: 'amount', align: 'right', width: 1 }], head: [[[{ text: 'Organisasjon' }], [{ text: 'Tilskudd' }]]], body: [[[{ text: 'ARS' }], [{ text: '6 075 000' }]]], foot: [],
    });
    const doc = parse(model);
    expect(text(all(doc, 'table').at(-1)?.querySelector('caption'))).toBe('Tilskudd til nasjonale ressursmiljø');
    expect(all(doc, 'p').some((p) => text(p) === 'Tilskudd til nasjonale ressursmiljø')).toBe(false);
  });

  it('renders quotations, kept-together blocks, page breaks for print, and ordered lists from their start', () => {
    const model = sampleModel(1);
    model.blocks = [
      { type: 'quote', children: [{ type: 'paragraph', content: [{ text: 'Inni' }] }] },
      { type: 'keepTogether', children: [{ type: 'paragraph', content: [{ text: 'Sammen' }] }] },
      { type: 'pageBreak' },
      { type: 'list', ordered: true, start: 3, items: [[{ type: 'paragraph', content: [{ text: 'Tredje' }] }]] },
    ];
    const main = parse(model).querySelector('main')!;
    expect([...main.children].map((e) => `${e.tagName.toLowerCase()}.${e.className}`)).toEqual(['blockquote.', 'div.hold-sammen', 'div.sideskift', 'ol.']);
    expect(text(main.querySelector('blockquote p'))).toBe('Inni');
    expect(main.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(text(main.querySelector('ol li'))).toBe('Tredje');
  });

  it('hyphenates long words in table cells with soft hyphens, and keeps a number with its per cent sign', () => {
    const model = sampleModel(1);
    model.blocks = [{ type: 'table', columns: [{ kind: 'text', align: 'left', width: 1 }], head: [], body: [[[{ text: 'mottaksbeboere 71 %' }]]], foot: [] }];
    const cell = parse(model).querySelector('table th')!;
    expect(cell.textContent).toBe('mot\u00adtaks\u00adbe\u00adbo\u00adere 71\u00a0%');
  });

  it('gives a table without header rows row headers, and escapes text', () => {
    const model = sampleModel(1);
    model.blocks = [{ type: 'table', columns: [], head: [], body: [[[{ text: 'A <b>' }], [{ text: '1 & 2' }]]], foot: [] }];
    const table = parse(model).querySelector('table');
    expect(table?.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    expect(text(table?.querySelector('th'))).toBe('A <b>');
    expect(text(table?.querySelector('td'))).toBe('1 & 2');
  });
});

describe('renderHtml on the 2023 letter', async () => {
  const doc = parse(await composedLetter());

  it('has the budget table with the amounts under its budget chapter (unnumbered, as in the published letter)', () => {
    const table = all(doc, 'table').find((t) => text(t).includes('Driftsutgifter'))!;
    expect(all(table, 'tbody tr').map((tr) => all(tr, 'td').map(text))).toEqual([['01', 'Driftsutgifter', '353 610 000']]);
    expect(all(table, 'tfoot tr').map((tr) => all(tr, 'td').map(text))).toEqual([['Sum', '', '353 610 000']]);
    expect(text(table.previousElementSibling)).toBe('Kap. 670 Integrerings- og mangfoldsdirektoratet');
    expect(text(doc.querySelector('caption'))).toBe('Tilskudd til nasjonale ressursmiljø');
  });

  it('links every table of contents entry to a heading with the same text', () => {
    const links = all(doc, 'nav a');
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(text(doc.getElementById(link.getAttribute('href')!.slice(1)))).toBe(text(link));
  });

  it('has unique ids', () => {
    const ids = all(doc, '[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
