import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../helpers/cli.js';
import { CONTENT, REPORT_2020 } from '../../helpers/examples.js';

const SPREADSHEET = join(CONTENT, 'imdi-2020', 'regneark', 'regnskap-2020.xlsx');

/** The 2020 report with the accounts spreadsheet placed in its folder. */
function reportWithSpreadsheet(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'regneark-i-mappen-')), 'arsrapport');
  cpSync(REPORT_2020, dir, { recursive: true });
  cpSync(SPREADSHEET, join(dir, 'regnskap-2020.xlsx'));
  return dir;
}

const lines = (text: string) => text.split('\n');

describe('the årsrapport and the accounts spreadsheet in its folder', () => {
  it('a table whose data file is missing is an error at its «innhold:», pointing to import-regnskap; a draft marks it', async () => {
    const dir = reportWithSpreadsheet();
    rmSync(join(dir, 'regnskap.yaml'));
    const r = await run('check', dir);
    expect(r.code).toBe(1);
    const at = lines(r.stderr).find((l) => l.includes('«note-b»'))!;
    expect(at).toMatch(/deler\/6-arsregnskap\/5-note-a-og-b\.md:5:5: feil \(innhold\[2\]\): innholdet «note-b» trenger regnskap\.yaml, som mangler i rapportmappen/);
    expect(r.stderr).toMatch(/→ Regnearket regnskap-2020\.xlsx ligger i rapportmappen, men leses ikke direkte: kjør «styringsdok import-regnskap .*regnskap-2020\.xlsx --out .*regnskap\.yaml»/);

    // A draft is still written, with the missing tables marked where they would stand.
    const out = join(dir, '..', 'ut');
    const draft = await run('build', dir, '--out', out, '--utkast', '--format', 'md');
    expect(draft.code).toBe(0);
    // Markdown escapes the brackets.
    const markdown = readFileSync(join(out, 'arsrapport-utkast.md'), 'utf8').replace(/\\([[\]])/g, '$1');
    expect(markdown).toContain('[[regnskap.yaml mangler: «bevilgningsrapportering» settes inn her]]');
    expect(markdown).toContain('[[regnskap.yaml mangler: «note-8» settes inn her]]');

    rmSync(join(dir, 'regnskap-2020.xlsx'));
    const without = await run('check', dir);
    expect(without.stderr).toMatch(/→ Legg til regnskap\.yaml i rapportmappen, eller fjern «bevilgningsrapportering» fra «innhold:»/);
  });

  it('after import-regnskap it is quiet, until the spreadsheet is changed again', async () => {
    const dir = reportWithSpreadsheet();
    rmSync(join(dir, 'regnskap.yaml'));
    expect((await run('import-regnskap', join(dir, 'regnskap-2020.xlsx'), '--out', join(dir, 'regnskap.yaml'))).code).toBe(0);
    const fresh = await run('check', dir);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).not.toMatch(/regnearket/);

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'regnskap-2020.xlsx'), later, later);
    const stale = await run('check', dir);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toMatch(/regnskap\.yaml:1:1: advarsel: regnearket regnskap-2020\.xlsx er endret etter at regnskap\.yaml ble importert fra det, så rapporten bygges med de gamle tallene/);
  });

  it('a spreadsheet beside a hand-written regnskap.yaml is a warning that it is not used', async () => {
    const r = await run('check', reportWithSpreadsheet());
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/regnskap-2020\.xlsx: advarsel: regnearket brukes ikke: regnskapet leses fra regnskap\.yaml\n/);
  });
});
