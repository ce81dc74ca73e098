import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../src/documents.js';
import type { DocumentModel } from '../../src/model/document.js';
import { footnotesIn } from '../../src/model/footnotes.js';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import { markdownToBlocks } from '../../src/compose/markdownToModel.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderHtml } from '../../src/render/html/index.js';
import { renderMarkdown } from '../../src/render/markdown/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { docxParts, part, textOf } from '../helpers/docxXml.js';
import { CONTENT } from '../helpers/examples.js';
import { copyFixture, edit } from '../helpers/fixtures.js';
import { pdfTagging, pdfText, structElements, structText } from '../helpers/pdfText.js';

const NOTES = [
  'Fastsatt av Finansdepartementet 12. desember 2003.',
  'Målt av SSB i registerbasert sysselsettingsstatistikk.',
  'Se også oppdrag 2023-05.',
];

/** The small letter with a footnote in a chapter file, a goal text and an assignment text. */
async function letterWithNotes(): Promise<DocumentModel> {
  const dir = copyFixture();
  edit(dir, 'kapitler/innledning.md', 'en [lenke](https://www.regjeringen.no).', `en [lenke](https://www.regjeringen.no).[^reglement]\n\n[^reglement]: ${NOTES[0]}`);
  edit(dir, 'maal/1.md', 'Målet handler om arbeid.', `Målet handler om arbeid.^[${NOTES[1]}]`);
  edit(dir, 'oppdrag/2024-01.md', 'Direktoratet skal utrede.', `Direktoratet skal utrede.[^1]\n\n[^1]: ${NOTES[2]}`);
  const { composed, diagnostics } = composeChecked(await checkDocument(dir));
  expect(diagnostics.filter((d) => d.severity === 'feil')).toEqual([]);
  return composed!.model;
}

let model: DocumentModel;
beforeAll(async () => {
  model = await letterWithNotes();
});

describe('footnotes in the model', () => {
  it('are numbered per document in reading order, from chapter, goal and assignment texts alike', () => {
    expect(footnotesIn(model.blocks).map((n) => [n.number, n.content.map((r) => r.text).join('')])).toEqual(NOTES.map((text, i) => [i + 1, text]));
  });
});

describe('footnotes in every kind', () => {
  it('a tillegg (its own text and a new assignment) and an årsrapport chapter have numbered notes', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'styringsdok-fn-')), 'imdi-2023');
    cpSync(join(CONTENT, 'imdi-2023'), root, { recursive: true });
    edit(join(root, 'tillegg-1'), 'tillegg.md', 'endrer tre av', 'endrer^[Se tabellen under.] tre av');
    edit(join(root, 'tillegg-1'), 'oppdrag/2023-15.md', 'tilbudene;', 'tilbudene;^[Både offentlige og private tilbud.]');
    edit(join(root, 'arsrapport'), 'deler/1-leders-beretning/1-beretning.md', 'det høyeste antallet noensinne,', 'det høyeste antallet noensinne,^[Tall fra IMDis bosettingsstatistikk.]');
    const notes = async (dir: string) => footnotesIn(composeChecked(await checkDocument(dir)).composed!.model.blocks).map((n) => `${n.number} ${n.content.map((r) => r.text).join('')}`);
    expect(await notes(join(root, 'tillegg-1'))).toEqual(['1 Se tabellen under.', '2 Både offentlige og private tilbud.']);
    expect(await notes(join(root, 'arsrapport'))).toEqual(['1 Tall fra IMDis bosettingsstatistikk.']);
  });
});

describe('footnotes in the DOCX', () => {
  it('are Word footnotes: the notes in word/footnotes.xml, the references in document.xml', async () => {
    const parts = await docxParts(await renderDocx(model));
    const footnotes = part(parts, 'word/footnotes.xml');
    NOTES.forEach((text, i) => {
      const note = new RegExp(`<w:footnote w:id="${i + 1}">([\\s\\S]*?)</w:footnote>`).exec(footnotes);
      expect(note && textOf(note[1])).toBe(text);
    });
    const document = part(parts, 'word/document.xml');
    expect([...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    // The reference stands right after the sentence it belongs to.
    expect(document).toMatch(/skal utrede\.<\/w:t><\/w:r><w:r>(?:(?!<\/w:r>)[\s\S])*<w:footnoteReference w:id="3"\/>/);
  });
});

describe('footnotes in the PDF', () => {
  it('stand at the foot of the page of their reference, below the body text', async () => {
    const pages = await pdfText(await renderPdf(model));
    const superscript = ['¹', '²', '³'];
    NOTES.forEach((text, i) => {
      const page = pages.find((p) => p.includes(text.slice(0, 30)));
      expect(page, text).toBeDefined();
      const lines = page!.split('\n');
      const noteLine = lines.findIndex((l) => l.startsWith(`${i + 1} ${text.slice(0, 30)}`));
      const referenceLine = lines.findIndex((l) => l.includes(superscript[i]));
      expect(noteLine).toBeGreaterThan(referenceLine);
      expect(referenceLine).toBeGreaterThanOrEqual(0);
    });
  });

  it('tags each note as a Note element and its reference as a Link', async () => {
    const pdf = await renderPdf(model);
    const tagging = await pdfTagging(pdf);
    // PDF/UA asks every Note element for an ID.
    expect(pdf.toString('latin1').match(/\/ID \(fotnote-\d+\)/g)).toEqual(['/ID (fotnote-1)', '/ID (fotnote-2)', '/ID (fotnote-3)']);
    const elements = tagging.pages.flatMap(structElements);
    const notes = elements.filter((e) => e.role === 'Note').map((e) => structText(e));
    expect(notes).toEqual(NOTES.map((text, i) => `${i + 1} ${text}`));
    expect(elements.filter((e) => e.role === 'Link').map((e) => structText(e))).toEqual(expect.arrayContaining(['¹', '²', '³']));
  });

  it('keeps a note on its reference\'s page, below all of the page\'s body text, wherever the reference falls', () => {
    const note = { type: 'footnote' as const, number: 1, content: [{ text: 'En lang merknad. '.repeat(30) }] };
    const filler = (i: number) => ({ type: 'paragraph' as const, content: [{ text: `Avsnitt ${i + 1} med litt tekst som fyller linjen.` }] });
    for (let at = 40; at < 70; at++) {
      const blocks = Array.from({ length: 80 }, (_, i) => (i === at ? { type: 'paragraph' as const, content: [{ text: 'Her er referansen.' }, note] } : filler(i)));
      const { pages } = layoutDocument({ ...model, furniture: { pageNumberFormat: '' }, blocks });
      const texts = pages.map((ops) => ops.filter((op) => op.kind === 'text'));
      const referencePage = texts.findIndex((ops) => ops.some((op) => op.text.trim() === '¹'));
      const notePage = texts.findIndex((ops) => ops.some((op) => op.text.startsWith('1 ')));
      expect(notePage, `reference in paragraph ${at}`).toBe(referencePage);
      const noteTop = Math.min(...texts[notePage].filter((op) => op.node?.type === 'Note').map((op) => op.baseline));
      const bodyBottom = Math.max(...texts[notePage].filter((op) => op.node?.type !== 'Note').map((op) => op.baseline));
      expect(noteTop).toBeGreaterThan(bodyBottom);
    }
  });
});

describe('footnotes in the HTML', () => {
  it('link both ways: reference to note, note back to reference', () => {
    const { document } = parseHTML(renderHtml(model));
    NOTES.forEach((text, i) => {
      const n = i + 1;
      const ref = document.getElementById(`fnref${n}`);
      expect(ref?.getAttribute('href')).toBe(`#fn${n}`);
      expect(ref?.textContent).toBe(String(n));
      const note = document.getElementById(`fn${n}`);
      expect(note?.closest('section')?.getAttribute('class')).toBe('fotnoter');
      expect(note?.textContent).toContain(text);
      expect(note?.querySelector('a[role="doc-backlink"]')?.getAttribute('href')).toBe(`#fnref${n}`);
    });
    expect(document.querySelector('section.fotnoter')?.getAttribute('role')).toBe('doc-endnotes');
  });
});

describe('footnotes in the Markdown', () => {
  it('are [^n] in the text and [^n]: … at the end', () => {
    const md = renderMarkdown(model);
    expect(md).toContain('skal utrede.[^3]');
    expect(md.trimEnd().split('\n\n').slice(-3)).toEqual(NOTES.map((text, i) => `[^${i + 1}]: ${text}`));
  });
});

describe('footnote checks', () => {
  it('warn about a reference whose note is missing, at its place', async () => {
    const dir = copyFixture();
    edit(dir, 'kapitler/innledning.md', 'Tekst om bakgrunnen.', 'Tekst om bakgrunnen.[^kilde] Og en med tekst.[^ok]\n\n[^ok]: Her er den.');
    const { composed, diagnostics } = composeChecked(await checkDocument(dir));
    expect(composed).toBeDefined();
    expect(diagnostics.map((d) => `${d.file.replace(/.*\/dok\//, '')}:${d.line}:${d.col}: ${d.message}`)).toEqual([
      'kapitler/innledning.md:7:21: fotnoten «[^kilde]» har ingen tekst og vises som den står',
    ]);
  });
});

describe('footnotes in the Markdown reader', () => {
  it('keep a note of several paragraphs as lines of one note, and put a note in a heading or table cell in parentheses', () => {
    const blocks = markdownToBlocks([
      '# Mål[^h]', '', 'Tekst.[^lang]', '', '| A |', '|---|', '| celle[^c] |', '',
      '[^h]: Om målet.', '[^c]: I cellen.', '[^lang]: Første avsnitt.', '', '    Andre avsnitt.',
    ].join('\n'));
    expect(blocks[0]).toMatchObject({ type: 'heading', content: [{ text: 'Mål (Om målet.)' }] });
    expect(blocks[1]).toEqual({ type: 'paragraph', content: [{ text: 'Tekst.' }, { type: 'footnote', number: 0, content: [{ text: 'Første avsnitt.' }, { text: '\n' }, { text: 'Andre avsnitt.' }] }] });
    expect(blocks[2]).toMatchObject({ type: 'table', body: [[[{ text: 'celle (I cellen.)' }]]] });
    expect(blocks).toHaveLength(3);
  });
});
