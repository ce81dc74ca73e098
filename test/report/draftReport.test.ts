import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { loadFolder } from '../../src/load/loadFolder.js';
import { letterItems } from '../../src/report/letterItems.js';
import { validateLetter } from '../../src/validate/letter/validateLetter.js';

const LETTER = join(import.meta.dirname, '../../content/imdi-2023/tildelingsbrev');


function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('styringsdok draft-report', () => {
  it('drafts a report on which build succeeds and check lists exactly the unfilled places', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'utkast-')), 'arsrapport');
    const r = await run('draft-report', LETTER, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Del III: 6 mål, 16 styringsparametere, 28 oppdrag (14 nye, 14 videreførte)');
    expect(r.stdout).toContain('Del IV: internkontroll og 4 rapporteringskrav fra brevet');

    // Every marker in every file, counted independently of the checker.
    const markers = files(out).flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, i) => [...line.matchAll(/\[\[fyll inn[^\]]*\]\]/g)].map((m) => `${relative(out, f)}:${i + 1}:${m[0]}`)));
    expect(r.stdout).toContain(`${markers.length} steder må fylles inn`);

    const { composed, diagnostics } = composeChecked(checkDocument(out));
    expect(diagnostics.filter((d) => d.severity === 'feil')).toEqual([]);
    const warnings = diagnostics.map((d) => `${relative(out, d.file)}:${d.line}:${d.message.replace(/^ikke utfylt: /, '')}`);
    expect(warnings.sort()).toEqual(markers.sort());

    // Every goal, parameter and assignment of the letter appears in the drafted report.
    const letter = validateLetter(loadFolder(LETTER)).content!;
    const items = letterItems(letter);
    const md = composed!.markdown;
    for (const g of items.goals) {
      expect(md).toContain(`## ${g.tittel}`);
      for (const sp of g.styringsparametere) expect(md).toContain(`**${sp.nr}:**`);
    }
    for (const a of items.assignments) expect(md).toContain(`**${a.id}:**`);
    expect(items.assignments).toHaveLength(28);
    // Part IV: internal control and each reporting demand of the letter.
    for (const t of ['Internkontroll og risikostyring', 'Lærlinger skal stå i et høvelig forhold til virksomhetens størrelse', 'Redusere konsulentbruken', 'Tilskuddsforvaltning og rapportering']) expect(md).toContain(`## ${t}`);
    // Part VI skeleton: every post of the letter's budget.
    for (const t of ['### Oppstilling av bevilgningsrapportering for regnskapsår 2023', '### Note A Forklaring av samlet tildeling', '### Note B', '### Oppstilling av artskontorapportering for 2023']) expect(md).toContain(t);
    expect(md).toContain('| **0670** | **Integrerings- og mangfoldsdirektoratet** |');
    expect(md).toContain('| 0670 01 | Driftsutgifter | A, B | \\[\\[fyll inn\\]\\] |');
  });

  it('never overwrites an existing folder without --force', async () => {
    const out = mkdtempSync(join(tmpdir(), 'utkast-'));
    writeFileSync(join(out, 'rapport.md'), 'mitt arbeid');
    const r = await run('draft-report', LETTER, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/finnes allerede og er ikke tom – ingenting skrevet/);
    expect(readFileSync(join(out, 'rapport.md'), 'utf8')).toBe('mitt arbeid');
    const forced = await run('draft-report', LETTER, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'rapport.md'), 'utf8')).toContain('dokumenttype: årsrapport');
  });

  it('takes last year\'s results from an earlier report with --forrige', async () => {
    const earlier = join(mkdtempSync(join(tmpdir(), 'utkast-')), 'a');
    await run('draft-report', LETTER, '--out', earlier);
    const results = join(earlier, 'resultater.yaml');
    writeFileSync(results, readFileSync(results, 'utf8').replace('resultat: "[[fyll inn: resultat 2023]]"', 'resultat: 72 %'));
    const out = join(mkdtempSync(join(tmpdir(), 'utkast-')), 'b');
    expect((await run('draft-report', LETTER, '--out', out, '--forrige', earlier)).code).toBe(0);
    expect(readFileSync(join(out, 'resultater.yaml'), 'utf8')).toMatch(/nr: SP 1\n(.*\n)*?\s+tidligere:\n\s+"2022": 72 %/);
  });
});
