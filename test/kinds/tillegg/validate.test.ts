import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import { kindOf } from '../../../src/kinds/index.js';
import { copy2023, TILLEGG_2023 } from '../../helpers/examples.js';

const editFile = (path: string, from: string, to: string) => {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`«${from}» not in ${path}`);
  writeFileSync(path, text.replace(from, to));
};
const errors = async (dir: string) => (await checkDocument(dir)).diagnostics.filter((d) => d.severity === 'feil');
const warnings = async (dir: string) => (await checkDocument(dir)).diagnostics.filter((d) => d.severity === 'advarsel');

const assignment = (id: string, goal = 2) => `---\nid: ${id}\ntittel: Et nytt oppdrag\nmål: ${goal}\nfrist: 31.12.2023\n---\n# Beskrivelse av oppdraget\nTekst.\n`;

describe('tillegg: the example', () => {
  it('is recognised by tillegg.md and checks without errors or warnings', async () => {
    expect(kindOf(TILLEGG_2023)?.name).toBe('tillegg');
    expect((await checkDocument(TILLEGG_2023)).diagnostics).toEqual([]);
  });
});

describe('tillegg: numbering of new assignments', () => {
  it('an id that collides with the letter\'s is an error naming both files', async () => {
    const root = copy2023();
    const dir = join(root, 'tillegg-1');
    writeFileSync(join(dir, 'oppdrag', '2023-14.md'), assignment('2023-14'));
    const e = await errors(dir);
    expect(e).toHaveLength(1);
    expect(e[0].file).toMatch(/tillegg-1\/oppdrag\/2023-14\.md$/);
    expect(e[0].message).toMatch(/^oppdrag 2023-14 finnes allerede i .*tildelingsbrev\/oppdrag\/2023-14\.md$/);
    expect(e[0].hint).toMatch(/neste ledige nummer er 2023-16/);
  });

  it('an id that collides with an earlier tillegg is an error naming that tillegg\'s file', async () => {
    const root = copy2023();
    const second = join(root, 'tillegg-2');
    mkdirSync(join(second, 'oppdrag'), { recursive: true });
    writeFileSync(join(second, 'tillegg.md'), '---\ndokumenttype: tillegg\nnr: 2\ntildelingsbrev: ../tildelingsbrev\ndato: 2023-09-01\nsignatarer: [{ navn: Kari Nordmann, tittel: avdelingsdirektør }]\n---\n');
    writeFileSync(join(second, 'oppdrag', '2023-15.md'), assignment('2023-15'));
    const e = await errors(second);
    expect(e).toHaveLength(1);
    expect(e[0].message).toMatch(/^oppdrag 2023-15 finnes allerede i .*tillegg-1\/oppdrag\/2023-15\.md$/);
    writeFileSync(join(second, 'oppdrag', '2023-15.md'), assignment('2023-17'));
    expect(await errors(second)).toEqual([]);
    // 2023-16 is the next free number after the letter (…-14) and tillegg nr. 1 (…-15).
    expect((await warnings(second)).map((w) => w.message)).toContain('nummereringen skal fortsette der brevet og tidligere tillegg slapp: ventet 2023-16, fant 2023-17');
  });

  it('a renumbering to a number in use is an error; an unknown assignment is an error', async () => {
    const root = copy2023();
    const main = join(root, 'tillegg-1', 'tillegg.md');
    editFile(main, 'oppdragsendringer:\n', 'oppdragsendringer:\n  - { oppdrag: 2023-10, nytt_nr: 2023-11 }\n  - { oppdrag: 2019-99, tekst: Ukjent. }\n');
    const messages = (await errors(join(root, 'tillegg-1'))).map((d) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^nytt nummer 2023-11 er allerede brukt i .*oppdrag\/2023-11\.md$/);
    expect(messages[1]).toBe('oppdrag 2019-99 finnes ikke i tildelingsbrevet eller tidligere tillegg');
  });

  it('a new assignment must belong to the letter\'s year and to one of its goals', async () => {
    const root = copy2023();
    const dir = join(root, 'tillegg-1');
    writeFileSync(join(dir, 'oppdrag', '2023-15.md'), readFileSync(join(dir, 'oppdrag', '2023-15.md'), 'utf8').replace('mål: 2', 'mål: 9'));
    writeFileSync(join(dir, 'oppdrag', '2024-01.md'), assignment('2024-01'));
    const messages = (await errors(dir)).map((d) => d.message);
    expect(messages).toContain('oppdraget viser til mål nr. 9, som ikke finnes i tildelingsbrevet');
    expect(messages).toContain('oppdrag 2024-01 har feil år: tillegget gjelder tildelingsbrevet for 2023');
  });
});

describe('tillegg: budget changes', () => {
  it('a post the letter does not have is an error; a post that would go below zero is an error', async () => {
    const root = copy2023();
    const main = join(root, 'tillegg-1', 'tillegg.md');
    editFile(main, 'budsjettendringer:\n', 'budsjettendringer:\n  - { kap: 671, post: 99, endring: 1 }\n  - { kap: 672, post: 61, endring: -0.9 }\n');
    const messages = (await errors(join(root, 'tillegg-1'))).map((d) => d.message);
    expect(messages).toEqual([
      'kap. 671, post 99 står ikke i tildelingsbrevets budsjett',
      'kap. 672, post 61 blir negativ: −100\u00a0000 kroner etter endringen',
    ]);
  });

  it('the letter must exist and be free of errors', async () => {
    const root = copy2023();
    editFile(join(root, 'tillegg-1', 'tillegg.md'), 'tildelingsbrev: ../tildelingsbrev', 'tildelingsbrev: ../finnes-ikke');
    expect((await errors(join(root, 'tillegg-1')))[0].message).toMatch(/^fant ikke tildelingsbrevet/);
    const root2 = copy2023();
    editFile(join(root2, 'tildelingsbrev', 'maal', '1.md'), 'nr: 1', 'nr: en');
    expect((await errors(join(root2, 'tillegg-1')))[0].message).toMatch(/^tildelingsbrevet i .* har 1 feil$/);
  });

  it('two tillegg with the same number are an error', async () => {
    const root = copy2023();
    mkdirSync(join(root, 'tillegg-1b'));
    writeFileSync(join(root, 'tillegg-1b', 'tillegg.md'), readFileSync(join(root, 'tillegg-1', 'tillegg.md'), 'utf8').replace(/budsjettendringer:[\s\S]*?---/, '---'));
    expect((await errors(join(root, 'tillegg-1b'))).map((d) => d.message)).toContainEqual(expect.stringMatching(/^tillegg nr\. 1 til dette tildelingsbrevet finnes allerede i .*tillegg-1\/tillegg\.md$/));
  });

  it('composes without template errors', async () => {
    const { composed, diagnostics } = composeChecked(await checkDocument(TILLEGG_2023));
    expect(diagnostics).toEqual([]);
    expect(composed?.model.meta.title).toBe('Tillegg nr. 1 til tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023');
  });
});
