import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { LETTER_2023, LETTER_2024 } from '../helpers/examples.js';


describe('styringsdok new-year', () => {
  it('writes the draft and prints the summary; refuses to overwrite without --force', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-cli-')), 'tildelingsbrev');
    const r = await run('new-year', LETTER_2023, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Tildelingsbrev for 2024 laget i /);
    expect(r.stdout).toMatch(/Årsrapport og regnskap for budsjettåret 2024 innen 15\.03\.2025/);
    expect(existsSync(join(out, 'oppdrag', '2022-24.md'))).toBe(true);
    const again = await run('new-year', LETTER_2023, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/finnes allerede.*\n.*--force/);
    expect((await run('new-year', LETTER_2023, '--out', out, '--force')).code).toBe(0);
    const check = await run('check', out);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/budsjett\.yaml:\d+:\d+: feil \(kapitler\[1\]\.poster\[1\]\.bevilget\): beløpet mangler for kap\. 670, post 01/);
  });

  it('needs --out and a sensible --year', async () => {
    expect((await run('new-year', LETTER_2023)).stderr).toMatch(/trenger --out/);
    expect((await run('new-year', LETTER_2023, '--out', '/tmp/x', '--year', 'neste')).stderr).toMatch(/--year må være et årstall/);
  });
});

describe('styringsdok diff', () => {
  it('prints the changes as text by default and as Markdown with --format md', async () => {
    const text = await run('diff', LETTER_2023, LETTER_2024);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Endringer fra tildelingsbrevet for 2023 til tildelingsbrevet for 2024: \d+/);
    expect(text.stdout).toContain('fjernet: 2023-07 Studie av ukraineres integrering i Norge (FoU)');
    const md = await run('diff', LETTER_2023, LETTER_2024, '--format', 'md');
    expect(md.stdout).toMatch(/^# Endringer fra tildelingsbrevet for 2023 til 2024/);
    expect(md.stdout).toContain('| Endring | Kap./post | Post | 2023 (kr) | 2024 (kr) | Endring (kr) | Prosent |');
  });

  it('needs two folders', async () => {
    expect((await run('diff', LETTER_2023)).stderr).toMatch(/diff trenger to mapper/);
  });
});
