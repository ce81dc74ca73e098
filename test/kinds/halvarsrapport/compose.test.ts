import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../helpers/cli.js';
import { copyFixture, edit, SMALL_HALF_YEAR } from '../../helpers/fixtures.js';
import { aboveLimit, percentTenths } from '../../../src/kinds/halvarsrapport/budget.js';

describe('halvårsrapport arithmetic', () => {
  it('rounds forbruk half away from zero on whole kroner', () => {
    expect(percentTenths(1, 8)).toBe(12.5);
    expect(percentTenths(1_005, 10_000)).toBe(10.1); // 10,05 → 10,1, never 10,0 from a binary 10.049999…
    expect(percentTenths(-1_005, 10_000)).toBe(-10.1);
    expect(percentTenths(5, 0)).toBeUndefined();
  });

  it('compares |avvik| with the limit exactly, also for a limit with decimals', () => {
    expect(aboveLimit(5_000_000, 100_000_000, 5)).toBe(false);
    expect(aboveLimit(5_000_001, 100_000_000, 5)).toBe(true);
    expect(aboveLimit(-5_000_001, 100_000_000, 5)).toBe(true);
    expect(aboveLimit(2_500_000, 100_000_000, 2.5)).toBe(false);
    expect(aboveLimit(2_500_001, 100_000_000, 2.5)).toBe(true);
  });
});

describe('a halvårsrapport in nynorsk', () => {
  it('uses the nynorsk headings and status labels', async () => {
    const dir = copyFixture(SMALL_HALF_YEAR);
    edit(dir, 'halvarsrapport.md', 'år: 2024', 'år: 2024\nspråk: nn');
    const out = join(dir, '..', 'ut');
    const r = await run('build', dir, '--out', out, '--format', 'md');
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(out, 'dok.md'), 'utf8').replace(/\u00a0/g, ' ');
    for (const s of ['# 1 Samandrag', '# 2 Mål og styringsparametrar', 'Ikkje i rute', '| Kap./post | Nemning | Tildelt 2024 | Rekneskap per 30.06.2024 | Forbruk (%) | Prognose 2024 | Avvik |', 'Risikoar og tiltak']) expect(md).toContain(s);
    expect(md).toContain('| 600.21 | Spesielle driftsutgifter | 20 000 | 5 000 | 25,0 | 17 000 | 3 000 |');
  });
});

describe('styringsdok schema', () => {
  it('has schemas for the halvårsrapport files', async () => {
    const r = await run('schema', 'halvarsrapport', 'status', 'budsjettbruk');
    expect(r.code).toBe(0);
    const schemas = JSON.parse(r.stdout);
    expect(Object.keys(schemas.halvarsrapport.properties)).toEqual(expect.arrayContaining(['virksomhet', 'år', 'periode', 'avviksgrense', 'tildelingsbrev']));
    expect(Object.keys(schemas.status.properties)).toEqual(['mål', 'oppdrag', 'risikoer']);
    expect(Object.keys(schemas.budsjettbruk.properties.poster.items.properties)).toEqual(['kap', 'post', 'navn', 'tildelt', 'regnskap', 'prognose', 'forklaring']);
  });
});
