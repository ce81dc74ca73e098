import { describe, expect, it } from 'vitest';
import { loadFolder } from '../../../src/load/loadFolder.js';
import { validateLetter } from '../../../src/kinds/tildelingsbrev/validate.js';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { copyFixture, edit, SMALL_LETTER } from '../../helpers/fixtures.js';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import { markdownOf } from '../../helpers/markdown.js';

const validate = (dir: string) => validateLetter(loadFolder(dir));
const errors = (d: Diagnostic[]) => d.filter((x) => x.severity === 'feil');

describe('validating a tildelingsbrev', () => {
  it('accepts the small example without errors or warnings', () => {
    const { content, diagnostics } = validate(SMALL_LETTER);
    expect(diagnostics).toEqual([]);
    expect(content!.goals.map((g) => g.goal.nr)).toEqual([1, 2]);
    expect(content!.assignments.map((a) => a.assignment.id)).toEqual(['2023-05', '2024-01', '2024-02']);
  });

  it('names file, line and field of a wrong type, with a hint', () => {
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', 'bevilget: 60.5', 'bevilget: "60,5 mill."');
    const [d] = errors(validate(dir).diagnostics);
    expect(d.file).toMatch(/budsjett\.yaml$/);
    expect(d).toMatchObject({ line: 9, field: 'kapitler[1].poster[1].bevilget' });
    expect(d.message).toBe('forventet et tall, fant teksten «60,5 mill.»');
    expect(d.hint).toMatch(/punktum som desimaltegn/);
  });

  it('suggests the right key for a misspelt one', () => {
    const dir = copyFixture();
    edit(dir, 'oppdrag/2024-02.md', 'frist: 01.12.2024', 'frsit: 01.12.2024');
    const found = errors(validate(dir).diagnostics);
    expect(found.map((d) => d.message)).toContain('ukjent felt «frsit» – mente du «frist»?');
    expect(found.find((d) => d.message.startsWith('ukjent'))).toMatchObject({ line: 5, col: 1 });
    // A deadline may be absent (an assignment without one), so the misspelt key is the only error.
    expect(found).toHaveLength(1);
  });

  it('reports every error of every file in one run', () => {
    const dir = copyFixture();
    edit(dir, 'maal/2.md', 'nr: 2', 'nr: to');
    edit(dir, 'oppdrag/2024-01.md', 'dato: 2024-06-01', 'dato: 31.06.2024');
    edit(dir, 'brev.md', 'dato: 2024-01-15', 'dato: 15/01/2024');
    const found = errors(validate(dir).diagnostics);
    expect(found.map((d) => `${d.file.split('/').slice(-2).join('/')}:${d.line}`).sort()).toEqual(['liten/brev.md:19', 'maal/2.md:2', 'oppdrag/2024-01.md:6'].sort().map((s) => s.replace('liten/', 'dok/')));
    expect(found.find((d) => d.file.endsWith('2024-01.md'))!.message).toBe('«31.06.2024» er ikke en gyldig dato');
  });

  it('finds references to goals and assignments that do not exist', () => {
    const dir = copyFixture();
    edit(dir, 'oppdrag/2024-02.md', 'mål: 2', 'mål: 7');
    edit(dir, 'budsjett.yaml', 'oppdrag: 2023-05', 'oppdrag: 2023-06');
    const messages = errors(validate(dir).diagnostics).map((d) => d.message);
    expect(messages).toContain('oppdraget viser til mål nr. 7, som ikke finnes');
    expect(messages).toContain('bindingen viser til oppdrag 2023-06, som ikke finnes i brevet');
  });

  it('finds duplicate assignment ids, naming both files', () => {
    const dir = copyFixture();
    edit(dir, 'oppdrag/2024-02.md', 'id: 2024-02', 'id: 2024-01');
    const d = errors(validate(dir).diagnostics).find((x) => x.message.includes('finnes allerede'))!;
    expect(d.file).toMatch(/oppdrag\/2024-02\.md$/);
    expect(d.message).toMatch(/oppdrag 2024-01 finnes allerede i .*oppdrag\/2024-01\.md/);
  });

  it('refuses an assignment from a later year than the letter', () => {
    const dir = copyFixture();
    edit(dir, 'oppdrag/2024-02.md', 'id: 2024-02', 'id: 2025-02');
    expect(errors(validate(dir).diagnostics).map((d) => d.message)).toContain('oppdrag 2025-02 er fra 2025, som er etter brevets år 2024');
  });

  it('checks stated sums against computed ones, at the precision shown', () => {
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', 'sum: 1075.7', 'sum: 1075.8');
    edit(dir, 'budsjett.yaml', 'sum: 1000000000', 'sum: 1000000001');
    const messages = errors(validate(dir).diagnostics).map((d) => d.message.replace(/\u00a0/g, ' '));
    expect(messages).toContain('kap. 100: oppgitt sum 1 075,8 stemmer ikke med summen av linjene, 1 075,7 (mill. kroner)');
    expect(messages).toContain('tabellen «Tilskudd til organisasjoner»: oppgitt sum 1 000 000 001 stemmer ikke med summen av linjene, 1 000 000 000 (kroner)');
    const close = copyFixture();
    edit(close, 'budsjett.yaml', 'sum: 1075.7', 'sum: 1075.74');
    const closeCheck = validate(close).diagnostics;
    expect(errors(closeCheck)).toEqual([]);
    expect(closeCheck.map((d) => d.message.replace(/\u00a0/g, ' '))).toContain('kap. 100: oppgitt sum 1 075,74 stemmer ikke med summen av linjene, 1 075,7 (mill. kroner), men avviket er innenfor avrundingen');
  });

  it('takes a stated rounding tolerance: a difference within it is a warning with both sums in full, beyond it an error', () => {
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', 'sum: 1075.7\n', 'sum: 1075.9\n    avrundingsavvik: 0.2\n');
    const within = validate(dir).diagnostics;
    expect(errors(within)).toEqual([]);
    expect(within.map((d) => d.message.replace(/\u00a0/g, ' '))).toContain('kap. 100: oppgitt sum 1 075,9 stemmer ikke med summen av linjene, 1 075,7 (mill. kroner), men avviket er innenfor avrundingen');
    edit(dir, 'budsjett.yaml', 'avrundingsavvik: 0.2', 'avrundingsavvik: 0.1');
    expect(errors(validate(dir).diagnostics).map((d) => d.message.replace(/\u00a0/g, ' '))).toContain('kap. 100: oppgitt sum 1 075,9 stemmer ikke med summen av linjene, 1 075,7 (mill. kroner)');
  });

  it('checks a grant table against the earmark line it distributes', () => {
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', '- { tekst: Følgeevaluering, beløp: 1, oppdrag: 2023-05 }', '- { id: evaluering, tekst: Følgeevaluering, beløp: 1, oppdrag: 2023-05 }');
    edit(dir, 'budsjett.yaml', '        disponert: 1000\n', '        disponert: 1000\n        bindinger:\n          - linjer:\n              - { id: org, tekst: Til organisasjoner, beløp: 999.5 }\n');
    edit(dir, 'budsjett.yaml', '          - tittel: Tilskudd til organisasjoner\n', '          - tittel: Tilskudd til organisasjoner\n            binding: org\n');
    const messages = errors(validate(dir).diagnostics).map((d) => d.message.replace(/\u00a0/g, ' '));
    expect(messages).toContain('tabellen «Tilskudd til organisasjoner» summerer til 1 000 000 000 kroner, men bindingen «Til organisasjoner» er på 999,5 mill. kroner');
    edit(dir, 'budsjett.yaml', 'binding: org', 'binding: orga');
    expect(errors(validate(dir).diagnostics).map((d) => d.message)).toContain('tabellen «Tilskudd til organisasjoner» viser til bindingen «orga», som ikke finnes under posten');
  });

  it('checks that earmarks plus unallocated money equal what is put at disposal', () => {
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', 'udisponert: 8.3', 'udisponert: 8.4');
    const [d] = errors(validate(dir).diagnostics);
    expect(d.message.replace(/\u00a0/g, ' ')).toBe('kap. 100, post 21: bindinger (1,7 mill. kroner) og udisponerte midler (8,4 mill. kroner) blir 10,1 mill. kroner, men det som stilles til disposisjon er 10 mill. kroner');
    expect(d.field).toBe('kapitler[1].poster[2].udisponert');
  });

  it('refuses an appendix path outside the document folder', () => {
    const dir = copyFixture();
    edit(dir, 'brev.md', 'fil: vedlegg/instruks.md', 'fil: ../../../etc/passwd');
    const [d] = errors(validate(dir).diagnostics);
    expect(d.message).toBe('«../../../etc/passwd» ligger utenfor dokumentmappen');
  });

  it('takes sub-earmarks under an earmark, prints them under it, and refuses parts that add up to more than it', async () => {
    const dir = copyFixture();
    const sub = '              - { tekst: Følgeevaluering, beløp: 1, oppdrag: 2023-05, linjer: [{ tekst: Datainnsamling, beløp: 0.6 }, { tekst: Rapport, beløp: 0.4 }] }';
    edit(dir, 'budsjett.yaml', '              - { tekst: Følgeevaluering, beløp: 1, oppdrag: 2023-05 }', sub);
    expect(validate(dir).diagnostics).toEqual([]);
    const { composed } = composeChecked(await checkDocument(dir));
    const md = markdownOf(composed!).replace(/\u00a0/g, ' ');
    expect(md).toMatch(/- Følgeevaluering \(1 mill\. kroner, oppdrag nr\. 2023-05\)\n\n  - Datainnsamling \(0,6 mill\. kroner\)\n  - Rapport \(0,4 mill\. kroner\)/);
    edit(dir, 'budsjett.yaml', 'beløp: 0.4 }', 'beløp: 0.5 }');
    const [d] = errors(validate(dir).diagnostics);
    expect(d).toMatchObject({ line: 20, field: 'kapitler[1].poster[2].bindinger[1].linjer[2].linjer' });
    expect(d.message).toBe('kap. 100, post 21: delene av bindingen «Følgeevaluering» er til sammen 1,1 mill. kroner, mer enn bindingen (1 mill. kroner)');
  });
});
