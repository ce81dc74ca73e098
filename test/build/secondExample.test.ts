import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderHtml } from '../../src/render/html/index.js';
import { docxParts, part, textOf } from '../helpers/docxXml.js';
import type { Block } from '../../src/model/document.js';
import { pdfText } from '../helpers/pdfText.js';
import { CONTENT } from '../helpers/examples.js';

// The second example: another ministry's letter, laid out unlike the 2023 one, from content files alone.
const LETTER = join(CONTENT, 'kd-hkdir-2024', 'tildelingsbrev');

let blocks: Block[] = [];
let text = '';
let messages: string[] = [];
let docxText = '';
let footnotesXml = '';
let html = '';
beforeAll(async () => {
  const { composed, diagnostics } = composeChecked(await checkDocument(LETTER));
  messages = diagnostics.map((d) => `${d.severity}: ${d.message}`);
  if (!composed) throw new Error(messages.join('\n'));
  blocks = composed.model.blocks;
  text = (await pdfText(await renderPdf(composed.model))).join(' ').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  const parts = await docxParts(await renderDocx(composed.model));
  docxText = textOf(part(parts, 'word/document.xml')).replace(/\u00a0/g, ' ');
  footnotesXml = part(parts, 'word/footnotes.xml');
  html = renderHtml(composed.model).replace(/\u00a0/g, ' ');
});

const headings = () => blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading')
  .map((b) => `${b.number ? `${b.number} ` : ''}${b.content.map((r) => r.text).join('')}`);

describe('the second example letter (KD to HK-dir, constructed)', () => {
  it('builds without errors or warnings and without a single template', () => {
    expect(messages).toEqual([]);
    expect(existsSync(join(LETTER, 'maler'))).toBe(false);
  });

  it('has its own order of chapters, one of them unnumbered, with the budget before the goals', () => {
    expect(headings()).toEqual(expect.arrayContaining(['1 Innledning', '2 Budsjettrammer for 2024', '3 Mål og styringsparametere', '4 Fellesføringer', '5 Rapportering', '6 Fullmakter', 'Kontaktpersoner i departementet']));
    const order = ['1 Innledning', '2 Budsjettrammer for 2024', 'Kap. 256 Direktoratet for høyere utdanning og kompetanse', '3 Mål og styringsparametere', '6 Fullmakter', 'Kontaktpersoner i departementet'];
    const all = headings();
    expect(order.map((h) => all.indexOf(h))).toEqual([...order.map((h) => all.indexOf(h))].sort((a, b) => a - b));
    expect(order.every((h) => all.includes(h))).toBe(true);
  });

  it('takes the ministry\'s facts from ../departement.yaml, prints the short date style and no signatories, keeping the approval sentence', () => {
    expect(text).toContain('DET KONGELIGE KUNNSKAPSDEPARTEMENT');
    expect(text).toContain('20.12.2023');
    expect(text).toMatch(/Postboks 8119 Dep/);
    expect(text).toMatch(/Med hilsen Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer/);
  });

  it('prints a cross-reference by id as the chapter\'s current number', () => {
    expect(text).toContain('Budsjettet står først i brevet, i kapittel 2.');
  });

  it('prints each styringsparameter with its text, result requirements and its own assignments', () => {
    expect(text).toMatch(/1\.1: Studentenes tilfredshet med studieprogrammet Måles med Studiebarometeret\..*Resultatkrav:.*Gjennomsnittlig tilfredshet på landsbasis \(målverdi 4,2 av 5, 2024\).*Oppdrag Nr\. Oppdrag Frist 2024-01 Analyse av Studiebarometeret/);
    expect(text).toMatch(/1\.2: Andel fagskolestudenter.*Resultatkrav: Andelen skal øke fra 2023\. Oppdrag Nr\. Oppdrag Frist 2020-013 Evaluering av fagskolereformen/);
  });

  it('shows the agency\'s share of shared posts, amounts with two and three decimals as written', () => {
    // Headers wrap in their cells; their words are there in order.
    expect(text).toMatch(/Bevilgning 2024 \(i.*Til HK-dir 2024 \(i/);
    // A long post name wraps (and may be hyphenated) in its cell; the amounts stand on its first line.
    expect(text).toMatch(/21 Spesielle driftsutgifter, kan over(?:føres|-) 55,125 18,375/);
    expect(text).toMatch(/50 Statlige universiteter og høysko(?:ler|-) 41 035,13 0,464/);
    expect(text).toMatch(/Fagskolene 6 035,13/);
  });

  it('lists the fellesføring\'s assignment under it, and an earlier assignment in two places without defining it twice', () => {
    expect(text).toMatch(/4 Fellesføringer .*Oppdrag Nr\. Oppdrag Frist 2024-03 Plan for redusert konsulentbruk 01\.04\.2024 5 Rapportering/);
    expect(text.match(/2020-013 Evaluering av fagskolereformen/g)).toHaveLength(2);
    expect(text).toMatch(/O8\/2019 Forvaltning av ordningen for godkjenning av utenlandsk (?:Løpende fagskoleutdanning|fagskoleutdanning Løpende)/);
  });

  it('has a footnote, its reference in the text and the note at the foot of the page', () => {
    expect(text).toContain('budsjettvedtak.¹ Dette brevet');
    expect(text).toMatch(/¹? ?Innst\. 12 S \(2023–2024\) fra kirke-, utdannings- og forskningskomiteen/);
  });

  it('is the same letter in the DOCX and the HTML: amounts as written, the footnote a real one', () => {
    for (const amount of ['55,125', '18,375', '41 035,13', '0,464', '6 035,13']) {
      expect(docxText, amount).toContain(amount);
      expect(html, amount).toContain(amount);
    }
    expect(textOf(footnotesXml)).toContain('Innst. 12 S (2023–2024)');
    expect(html).toMatch(/<a href="#fn1" id="fnref1"[^>]*>/);
  });
});
