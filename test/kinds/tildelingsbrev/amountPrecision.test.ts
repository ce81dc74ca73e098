import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import type { DocumentModel } from '../../../src/model/document.js';
import { pdfText } from '../../helpers/pdfText.js';
import { docxParts, part, paragraphsOf, textOf } from '../../helpers/docxXml.js';
import { copyFixture } from '../../helpers/fixtures.js';

// Amounts with 0, 1, 2 and 3 decimals in every table a letter has: the budget table (every column kind, in
// mill. kroner), the earmark list, and grant tables in kroner and in 1 000 kroner. None may be rounded.
const BUDGET = `kapitler:
  - kap: 100
    navn: Testdirektoratet
    enhet: mill. kroner
    kolonner: [bevilgning, tildeling, i_fjor, endring]
    poster:
      - post: 1
        navn: Driftsutgifter
        bevilget: 6035.13
        disponert: 173.75
        i_fjor: 6000
        bindinger:
          - overskrift: Bindinger
            linjer:
              - { tekst: Linje med null desimaler, beløp: 5 }
              - { tekst: Linje med én desimal, beløp: 12.5 }
              - { tekst: Linje med to desimaler, beløp: 1.25 }
              - { tekst: Linje med tre desimaler, beløp: 0.464 }
      - post: 21
        navn: Spesielle driftsutgifter
        bevilget: 0.464
        i_fjor: 0.5
      - post: 70
        navn: Tilskudd
        bevilget: 12.5
        i_fjor: 12.25
        tabeller:
          - tittel: Tilskudd i kroner
            kolonner: [Mottaker, Tilskudd]
            rader:
              - { navn: Mottaker A, beløp: 250000 }
              - { navn: Mottaker B, beløp: 1500 }
          - tittel: Tilskudd i tusen kroner
            kolonner: [Mottaker, Tilskudd]
            enhet: 1 000 kroner
            rader:
              - { navn: Mottaker C, beløp: 4000 }
              - { navn: Mottaker D, beløp: 12.5 }
              - { navn: Mottaker E, beløp: 173.75 }
              - { navn: Mottaker F, beløp: 0.464 }
`;

/** Each expected amount as printed: grouping and decimal comma, every written decimal kept. */
const EXPECTED = [
  // bevilgning, tildeling, i fjor, endring
  '6 035,13', '173,75', '6 000,0', '35,13',
  '0,464', '0,5', '−0,036',
  '12,5', '12,25', '0,25',
  // sums of each column
  '6 048,094', '186,714', '6 012,75', '35,344',
  // earmarks
  '5 mill. kroner', '12,5 mill. kroner', '1,25 mill. kroner', '0,464 mill. kroner', '19,214 mill. kroner',
  // grant tables: kroner, and 1 000 kroner with 0–3 decimals
  '250 000', '1 500', '251 500', '4 000', '12,5', '173,75', '0,464', '4 186,714',
];

let model: DocumentModel;
beforeAll(async () => {
  const dir = copyFixture();
  writeFileSync(join(dir, 'budsjett.yaml'), BUDGET);
  const { composed, diagnostics } = composeChecked(await checkDocument(dir));
  if (!composed) throw new Error(diagnostics.map((d) => `${d.file}: ${d.message}`).join('\n'));
  model = composed.model;
});

const normalise = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

describe('amounts in tables print exactly as written', () => {
  it('in the PDF', async () => {
    const text = normalise((await pdfText(await renderPdf(model))).join(' '));
    for (const amount of EXPECTED) expect(text, amount).toContain(amount);
    expect(text).not.toContain('6 035,1 ');
  });

  it('in the DOCX', async () => {
    const xml = part(await docxParts(await renderDocx(model)), 'word/document.xml');
    const text = normalise(paragraphsOf(xml).map(textOf).join(' | '));
    for (const amount of EXPECTED) expect(text, amount).toContain(amount);
  });

  it('with each table headed by its unit', async () => {
    const xml = part(await docxParts(await renderDocx(model)), 'word/document.xml');
    const text = normalise(paragraphsOf(xml).map(textOf).join(' | '));
    for (const header of ['Bevilgning 2024 (i mill. kroner)', 'Tildeling 2024 (i mill. kroner)', 'Bevilgning 2023 (i mill. kroner)', 'Endring (i mill. kroner)']) expect(text).toContain(header);
  });
});
