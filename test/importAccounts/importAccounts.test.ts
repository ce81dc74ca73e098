import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { CONTENT } from '../helpers/examples.js';

const SPREADSHEET = join(CONTENT, 'imdi-2020', 'regneark', 'regnskap-2020.xlsx');

/** The 2020 report with its regnskap.yaml removed, to be imported. */
function reportWithoutAccounts(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'import-regnskap-')), 'arsrapport');
  cpSync(join(CONTENT, 'imdi-2020', 'arsrapport'), dir, { recursive: true });
  rmSync(join(dir, 'regnskap.yaml'));
  return dir;
}

const nbsp = (s: string) => s.replace(/(\d) (?=\d)/g, '$1\u00a0');

describe('styringsdok import-regnskap', () => {
  it('reproduces the published 2020 totals to the krone from the example spreadsheet', async () => {
    const dir = reportWithoutAccounts();
    const out = join(dir, 'regnskap.yaml');
    const imported = await run('import-regnskap', SPREADSHEET, '--out', out);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Skrevet av styringsdok import-regnskap fra regnskap-2020\.xlsx/);

    const built = await run('build', dir, '--out', join(dir, '..', 'ut'), '--format', 'md');
    expect(built.code).toBe(0);
    const md = readFileSync(join(dir, '..', 'ut', 'arsrapport.md'), 'utf8');
    expect(md).toContain(nbsp('| **Sum utgiftsført** |  | **10 773 732 553** | **10 073 626 596** | **700 105 957** |'));
    expect(md).toContain(nbsp('| **Mulig overførbart beløp beregnet av virksomheten** | **14 081 833** |'));
    expect(md).toContain(nbsp('| 705005 | Endring i mellomværende med statskassen | 689 666 |'));
    expect(md).toContain(nbsp('|  | **Sum rapportert** | **10 039 099 445** |'));
    expect(md).toContain(nbsp('| **Sum** | **−10 122 451** | **−5 993 108** | **−4 129 343** |'));
  });

  it('reads the same layout from a CSV file with Norwegian numbers, and names the cell it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-csv-'));
    const csv = join(dir, 'regnskap.csv');
    const lines = [
      '[Bevilgning]', 'Kap;Kapittelnavn;Post;Posttekst;Samlet tildeling;Regnskap', '290;Direktoratet;01;Driftsutgifter;281 636 653;264 057 951,4',
      '[Artskonto]', 'Linje;I år;I fjor', 'lønn;172 095 500;184 771 858', 'andre_driftsutgifter;91 962 451,4;0',
    ];
    writeFileSync(csv, lines.join('\n'));
    const ok = await run('import-regnskap', csv, '--out', join(dir, 'regnskap.yaml'));
    expect(ok.code).toBe(0);
    const yaml = readFileSync(join(dir, 'regnskap.yaml'), 'utf8');
    expect(yaml).toContain('årets_tildelinger: 281636653');
    expect(yaml).toContain('regnskap: 264057951.4');
    expect(yaml).toMatch(/lønn:\n\s+- 172095500\n\s+- 184771858/);

    writeFileSync(csv, lines.join('\n').replace('264 057 951,4', 'mye'));
    const bad = await run('import-regnskap', csv, '--out', join(dir, 'regnskap.yaml'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('regnskap.csv:Bevilgning!F2: feil: forventet et beløp, fant «mye»');
  });

  it('never overwrites a regnskap.yaml it did not write, nor one edited by hand since', async () => {
    const dir = reportWithoutAccounts();
    const out = join(dir, 'regnskap.yaml');
    writeFileSync(out, 'utgifter: []\n');
    const refused = await run('import-regnskap', SPREADSHEET, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/filen finnes og er ikke skrevet av import-regnskap/);
    expect(readFileSync(out, 'utf8')).toBe('utgifter: []\n');

    rmSync(out);
    expect((await run('import-regnskap', SPREADSHEET, '--out', out)).code).toBe(0);
    expect((await run('import-regnskap', SPREADSHEET, '--out', out)).code).toBe(0);
    writeFileSync(out, `${readFileSync(out, 'utf8')}# min merknad\n`);
    expect((await run('import-regnskap', SPREADSHEET, '--out', out)).code).toBe(1);
  });

  it('a missing file, a folder in the way and a file that is no workbook are Norwegian errors, never internal ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-fs-'));
    const missing = await run('import-regnskap', join(dir, 'finnes-ikke.xlsx'), '--out', join(dir, 'regnskap.yaml'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/finnes-ikke\.xlsx: feil: kan ikke lese den: den finnes ikke/);
    writeFileSync(join(dir, 'tull.xlsx'), 'ikke en arbeidsbok');
    const broken = await run('import-regnskap', join(dir, 'tull.xlsx'), '--out', join(dir, 'regnskap.yaml'));
    expect(broken.stderr).toMatch(/tull\.xlsx: feil: regnearket kan ikke leses: filen er ikke en gyldig Excel-arbeidsbok eller CSV-fil/);
    writeFileSync(join(dir, 'fil'), '');
    const blocked = await run('import-regnskap', SPREADSHEET, '--out', join(dir, 'fil', 'regnskap.yaml'));
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/fil: feil: kan ikke opprette den: det står en fil med dette navnet, der mappen skulle vært/);
    expect(blocked.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('passes the same checks as hand-written content: a wrong sum is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-check-'));
    const csv = join(dir, 'regnskap.csv');
    writeFileSync(csv, ['[Bevilgning]', 'Kap;Kapittelnavn;Post;Posttekst;Overført fra i fjor;Årets tildelinger;Samlet tildeling;Regnskap', '290;Direktoratet;1;Drift;10;20;40;25'].join('\n'));
    const r = await run('import-regnskap', csv, '--out', join(dir, 'regnskap.yaml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Bevilgning!G2: feil: samlet tildeling 40 er ikke overført fra i fjor + årets tildelinger (30)');
  });
});
