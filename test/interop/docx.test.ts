import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { docxParts, part } from '../helpers/docxXml.js';

// The DOCX as users open it: LibreOffice (headless conversion) and python-docx.
const LETTER = join(import.meta.dirname, '../../content/imdi-2023/tildelingsbrev');
const out = mkdtempSync(join(tmpdir(), 'styringsdok-interop-docx-'));
const docx = join(out, 'tildelingsbrev.docx');

beforeAll(async () => {
  expect(await main(['build', LETTER, '--out', out, '--format', 'docx'])).toBe(0);
});

// Debian's python3-docx is installed for the system Python (scripts/interop-setup.mjs).
const python = (script: string) => execFileSync('/usr/bin/python3', ['-c', script, docx], { encoding: 'utf8' });

describe('the 2023 letter as DOCX', () => {
  it('python-docx reads it: chapters carry Heading styles, the TOC is filled in', () => {
    const paragraphs = JSON.parse(python('import docx, json, sys\nd = docx.Document(sys.argv[1])\nprint(json.dumps([[p.style.name, p.text] for p in d.paragraphs]))')) as Array<[string, string]>;
    const headings1 = paragraphs.filter(([style]) => style === 'Heading 1').map(([, text]) => text);
    // Numbered as the published letter: «1.» for chapters, «9.1.» for Budsjettrammen, the budget chapters unnumbered.
    expect(headings1).toEqual(expect.arrayContaining(['1.\tInnledning', '3.\tMål, styringsparametere og oppdrag', '9.\tTildeling av midler']));
    expect(paragraphs.some(([style, text]) => style === 'Heading 2' && text === '9.1.\tBudsjettrammen')).toBe(true);
    expect(paragraphs.some(([style, text]) => style === 'Heading 3' && text.startsWith('Kap. 671'))).toBe(true);
    // The TOC sits in a content control (w:sdt), which python-docx's paragraph list skips: read the body's XML.
    const toc = JSON.parse(python([
      'import docx, json, sys', 'from docx.oxml.ns import qn', 'd = docx.Document(sys.argv[1])',
      'rows = []',
      'for p in d.element.body.iter(qn("w:p")):',
      '    style = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))',
      '    if style is not None and style.get(qn("w:val")) == "TOC1":',
      '        rows.append("".join((t.text or "") if t.tag == qn("w:t") else "\\t" for t in p.iter(qn("w:t"), qn("w:tab"))))',
      'print(json.dumps(rows))',
    ].join('\n'))) as string[];
    expect(toc.length).toBeGreaterThan(8);
    for (const entry of toc) expect(entry).toMatch(/\t\d+$/);
    const core = python('import docx, sys\nc = docx.Document(sys.argv[1]).core_properties\nprint(c.title)').trim();
    expect(core).toBe('Tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023');
  });

  it('LibreOffice converts it to PDF with the TOC, the tables and the page numbers', () => {
    convertWithLibreOffice();
    const text = execFileSync('pdftotext', ['-layout', join(out, 'tildelingsbrev.pdf'), '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    expect(text).toMatch(/1\.\s+Innledning\s*\.+\s*\d+/);
    expect(text).toMatch(/Side 1 av \d+/);
    expect(text).toContain('353 610 000');
    expect(text).toContain('17 349,1');
    expect(text).toContain('Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer');
  });

  it("the TOC's page numbers are the pages LibreOffice puts the headings on", async () => {
    // The numbers come from the shared pagination (the PDF's layout); the DOCX's geometry and styles follow it.
    const documentXml = part(await docxParts(readFileSync(docx)), 'word/document.xml');
    const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
    const entries = [...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?PAGEREF(?:(?!<\/w:p>).)*<\/w:p>/gs)].map(([paragraph]) => {
      const [before, after] = paragraph.split('PAGEREF');
      // Number, tab, title: the tab reads as a space.
      const text = [...before.replace(/<w:tab\/>/g, '<w:t> </w:t>').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('').trim();
      const page = Number(/fldCharType="separate"\/>.*?<w:t(?:\s[^>]*)?>(\d+)<\/w:t>/s.exec(after)?.[1]);
      return { text, page };
    });
    expect(entries.length).toBeGreaterThan(30);

    const pdf = convertWithLibreOffice();
    const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    const normalise = (line: string) => line.replace(/[\s\u00a0]+/g, ' ').trim();
    const pages = Array.from({ length: pageCount }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
    // Body lines of each page, leaving out the TOC's own lines (those with dot leaders).
    const lines = pages.map((text) => text.split('\n').filter((line) => !/\.{4}|(\. ){4}/.test(line)).map(normalise));
    const tocLast = pages.reduce((last, text, i) => (/\.{5}|(\. ){4}/.test(text) ? i : last), 0);
    let from = tocLast;
    const found = entries.map(({ text, page }) => {
      const key = normalise(text).slice(0, 45);
      const index = lines.findIndex((pageLines, i) => i >= from && pageLines.some((line) => line.startsWith(key)));
      if (index >= 0) from = index;
      return { text, toc: page, libreOffice: index + 1 };
    });
    expect(found.filter((entry) => entry.toc !== entry.libreOffice)).toEqual([]);
  });
});

let converted: string | undefined;

/** The DOCX converted to PDF by LibreOffice (once). */
function convertWithLibreOffice(): string {
  if (!converted) {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'ignore', timeout: 170_000 });
    converted = join(out, 'tildelingsbrev.pdf');
  }
  return converted;
}
