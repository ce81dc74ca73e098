import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { copyFixture, edit, SMALL_LETTER } from '../helpers/fixtures.js';

const tempOut = () => join(mkdtempSync(join(tmpdir(), 'styringsdok-out-')), 'output');

describe('styringsdok check', () => {
  it('exits 0 on valid content', async () => {
    const r = await run('check', SMALL_LETTER);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/liten: ingen feil/);
  });

  it('prints every error with file:line:col and field, in Norwegian, and exits 1', async () => {
    const dir = copyFixture();
    edit(dir, 'maal/2.md', 'nr: 2', 'nr: to');
    edit(dir, 'oppdrag/2024-01.md', 'dato: 2024-06-01', 'dato: 31.06.2024');
    const r = await run('check', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/maal\/2\.md:2:\d+: feil \(nr\): forventet et tall, fant teksten «to»/);
    expect(r.stderr).toMatch(/oppdrag\/2024-01\.md:6:\d+: feil \(frist\[1\]\.dato\): «31\.06\.2024» er ikke en gyldig dato/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('says so when a folder holds no documents', async () => {
    const r = await run('check', mkdtempSync(join(tmpdir(), 'tom-')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fant ingen dokumenter/);
  });
});

describe('styringsdok build', () => {
  it('writes the composed Markdown with --format md', async () => {
    const out = tempOut();
    const r = await run('build', SMALL_LETTER, '--out', out, '--format', 'md');
    expect(r.code).toBe(0);
    const md = readFileSync(join(out, 'liten.md'), 'utf8');
    expect(md).toMatch(/^# 4 Tildeling av midler \{#4-tildeling-av-midler\}$/m);
    expect(md).toContain('| **Sum** |  | **1\u00a0075,7** |');
  });

  it('writes nothing when the content has errors', async () => {
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', 'sum: 1075.7', 'sum: 1075.9');
    const out = tempOut();
    const r = await run('build', dir, '--out', out, '--format', 'md');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/budsjett\.yaml:\d+:\d+: feil/);
    expect(r.stdout).toMatch(/ingenting skrevet/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('refuses unknown formats and commands with a pointer to --help', async () => {
    expect((await run('build', SMALL_LETTER, '--format', 'odt')).stderr).toMatch(/ukjent format: odt/);
    const r = await run('lag', SMALL_LETTER);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ukjent kommando «lag»[\s\S]*--help/);
  });
});

describe('styringsdok schema', () => {
  it('prints a JSON Schema that knows the Norwegian keys', async () => {
    const r = await run('schema', 'oppdrag');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'tittel', 'mål', 'frist', 'finansiering']));
  });

  it('covers the letter format: structure, styringsparametere, placements and budget columns', async () => {
    const r = await run('schema', 'brev', 'maal', 'oppdrag', 'budsjett');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s.brev.properties)).toEqual(expect.arrayContaining(['kapitler', 'nummerstil']));
    expect(Object.keys(s.brev.properties.kapitler.items.properties)).toEqual(expect.arrayContaining(['kapittel', 'blokk', 'tittel', 'id', 'nivå', 'nummerert', 'innholdsfortegnelse', 'nummerstil']));
    expect(Object.keys(s.maal.properties.styringsparametere.items.properties)).toEqual(expect.arrayContaining(['id', 'tekst', 'beskrivelse', 'resultatkrav', 'krav', 'rapportering']));
    expect(Object.keys(s.oppdrag.properties)).toEqual(expect.arrayContaining(['styringsparameter', 'kapittel', 'også']));
    expect(s.oppdrag.required).not.toContain('mål');
    expect(JSON.stringify(s.budsjett)).toContain('"avrundingsavvik"');
    expect(JSON.stringify(s.budsjett)).toContain('"1 000 kroner"');
  });

  it('has schemas for the årsrapport files too', async () => {
    const r = await run('schema', 'rapport', 'regnskap');
    expect(r.code).toBe(0);
    const schemas = JSON.parse(r.stdout);
    expect(Object.keys(schemas.rapport.properties)).toEqual(expect.arrayContaining(['virksomhet', 'år', 'tildelingsbrev', 'leder']));
    expect(schemas.regnskap.title).toBe('Årsrapport: regnskap.yaml');
  });
});
