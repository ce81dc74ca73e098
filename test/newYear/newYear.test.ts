import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/documents.js';
import { formatSummary, newYear } from '../../src/newYear/newYear.js';
import { MANIFEST } from '../../src/build/ownedFolder.js';
import { CONTENT, copy2023, LETTER_2023 } from '../helpers/examples.js';

const tempTarget = () => join(mkdtempSync(join(tmpdir(), 'styringsdok-ny-')), 'imdi-2024', 'tildelingsbrev');
const frontMatter = (path: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]);

/** Independently of the code under test: an assignment runs into 2024 when any year in its deadline is 2024 or later, or no year is given. */
const DATE = /^(\d{2}\.\d{2}\.(\d{4})|(\d{4})-\d{2}-\d{2})$/;

/** The year of each part of a deadline as written; undefined for a part that is not a date (free text, or no deadline at all). */
function deadlineYears(frist: unknown): Array<number | undefined> {
  const parts = frist === undefined || frist === null ? [] : Array.isArray(frist) ? frist : [frist];
  if (parts.length === 0) return [undefined];
  return parts.map((p) => {
    const m = DATE.exec(String(typeof p === 'object' ? (p as { dato?: unknown }).dato ?? '' : p));
    return m ? Number(m[2] ?? m[3]) : undefined;
  });
}

/** Assignments new-year keeps: a dated deadline in `year` or later, or a deadline it cannot read (under «Må vurderes»). */
function expectedCarried(dir: string, year = 2024): string[] {
  return readdirSync(join(dir, 'oppdrag')).filter((f) => {
    const years = deadlineYears(frontMatter(join(dir, 'oppdrag', f)).frist);
    return years.some((y) => y === undefined) || Math.max(...(years as number[])) >= year;
  }).map((f) => f.replace(/\.md$/, '')).sort();
}

/** Assignments whose deadline is not (only) dates: never guessed from the text. */
function expectedAssessed(dir: string): string[] {
  return readdirSync(join(dir, 'oppdrag')).filter((f) => deadlineYears(frontMatter(join(dir, 'oppdrag', f)).frist).some((y) => y === undefined))
    .map((f) => f.replace(/\.md$/, '')).sort();
}

describe('new-year on the 2023 example (with its tillegg nr. 1)', () => {
  const to = tempTarget();
  const result = newYear({ from: LETTER_2023, to });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const { summary } = result;
  const written = readdirSync(join(to, 'oppdrag')).map((f) => f.replace(/\.md$/, '')).sort();

  it('keeps the running assignments named in the issue, with their original ids', () => {
    for (const id of ['2023-02', '2023-03', '2023-08', '2023-09', '2023-13', '2023-14', '2021-10', '2022-09', '2021-17', '2021-29', '2022-24']) {
      expect(written).toContain(id);
      expect(frontMatter(join(to, 'oppdrag', `${id}.md`)).id).toBe(id);
    }
  });

  it('carries exactly the letter\'s running assignments, plus what the tillegg added or extended', () => {
    // 2023-12 ran out in 2023, but tillegg nr. 1 moved its deadline to 01.03.2024; 2023-15 was given in the tillegg.
    const expected = [...expectedCarried(LETTER_2023), '2023-12', '2023-15'].sort();
    expect(written).toEqual(expected);
    expect(summary.carried.map((a) => a.id)).toEqual(expected);
    expect(summary.carried.find((a) => a.id === '2023-15')?.fromTillegg).toBe(1);
    expect(frontMatter(join(to, 'oppdrag', '2023-12.md')).frist).toBe('01.03.2024');
    expect(frontMatter(join(to, 'oppdrag', '2023-15.md')).gitt_i).toBe('Tillegg nr. 1 til tildelingsbrev 2023');
  });

  it('drops the finished ones and says so in the summary', () => {
    const all = readdirSync(join(LETTER_2023, 'oppdrag')).map((f) => f.replace(/\.md$/, ''));
    const dropped = all.filter((id) => !written.includes(id)).sort();
    expect(dropped).toEqual(['2021-05', '2022-02', '2022-14', '2022-27', '2023-01', '2023-04', '2023-05', '2023-06', '2023-07', '2023-10', '2023-11']);
    expect(summary.dropped.map((a) => a.id)).toEqual(dropped);
    const text = formatSummary(summary);
    expect(text).toMatch(new RegExp(`Videreført som gitt tidligere, fortsatt løpende \\(${summary.carried.length} oppdrag\\)`));
    expect(text).toMatch(/Tatt ut, siste frist før 2024 \(11 oppdrag\)/);
    // "Ut 2023" is free text: new-year does not read a year out of it, but asks the author.
    expect(summary.assess.map((a) => a.id)).toEqual(expectedAssessed(LETTER_2023));
    expect(summary.assess.map((a) => a.id)).toContain('2021-09');
    expect(text).toMatch(new RegExp(`Må vurderes: fristen er ikke en dato, oppdraget er videreført \\(${summary.assess.length} oppdrag\\):\\n(?:.*\\n)*? {4}2021-09 {2}Ut 2023 – Følgeevaluering av norskopplæringsordningen`));
    expect(text).toMatch(/2022-24 {2}Løpende – Beredskap/);
    expect(text).toMatch(/Nye oppdrag for 2024 nummereres fra 2024-01/);
  });

  it('keeps only the parts that still run, and drops the funding of finished parts', () => {
    expect(frontMatter(join(to, 'oppdrag', '2023-02.md')).frist).toEqual([{ del: 'Del 2', dato: '31.03.2024' }]);
    expect(frontMatter(join(to, 'oppdrag', '2023-02.md')).finansiering).toEqual([{ beløp: 0.7, kap: 671, post: 21, del: 'Del 2' }]);
    expect(frontMatter(join(to, 'oppdrag', '2023-14.md')).finansiering).toBeUndefined();
    expect(frontMatter(join(to, 'oppdrag', '2023-14.md')).gitt_i).toBe('Tildelingsbrev 2023');
    expect(readFileSync(join(to, 'oppdrag', '2023-14.md'), 'utf8')).toContain('# Beskrivelse av oppdraget');
  });

  it('rolls the year and the reporting calendar, clears date and reference, keeps the author\'s comments', () => {
    const text = readFileSync(join(to, 'brev.md'), 'utf8');
    const letter = frontMatter(join(to, 'brev.md'));
    expect(letter.år).toBe(2024);
    expect(letter.dato).toBe('');
    expect(letter.vår_ref).toBe('');
    expect(letter.rapporteringskalender).toContainEqual({ type: 'Årsrapport og regnskap for budsjettåret 2024', telletidspunkt: '2024-12-31', frist: '2025-03-15' });
    expect(letter.rapporteringskalender).toContainEqual({ type: 'Halvårsrapportering for 2024', telletidspunkt: '2024-06-30', frist: '2024-08-18' });
    expect(text).toContain('# Personnavn er plassholdere');
    expect(text).toContain('postadresse: [Postboks 8019 Dep, 0030 Oslo]');
    expect(summary.rolled.join('\n')).toMatch(/Årsrapport og regnskap for budsjettåret 2024 innen 15\.03\.2025/);
  });

  it('keeps goals, parameters and chapters, and flags the fellesføringer for review', () => {
    expect(readFileSync(join(to, 'maal', '1.md'), 'utf8')).toBe(readFileSync(join(LETTER_2023, 'maal', '1.md'), 'utf8'));
    expect(frontMatter(join(to, 'kapitler', 'fellesforinger.md')).til_gjennomgang).toMatch(/2024/);
    expect(readFileSync(join(to, 'vedlegg', 'instruks.md'), 'utf8')).toBe(readFileSync(join(LETTER_2023, 'vedlegg', 'instruks.md'), 'utf8'));
  });

  it('keeps every post with last year\'s amount (after the tillegg) and leaves the new amount empty', () => {
    const budget = parse(readFileSync(join(to, 'budsjett.yaml'), 'utf8'));
    const old = parse(readFileSync(join(LETTER_2023, 'budsjett.yaml'), 'utf8'));
    const posts = (b: { kapitler: Array<{ kap: number; poster: Array<{ post: number }> }> }) => b.kapitler.flatMap((k) => k.poster.map((p) => `${k.kap}/${p.post}`));
    expect(posts(budget)).toEqual(posts(old));
    for (const k of budget.kapitler) for (const p of k.poster) {
      expect(p.bevilget).toBeNull();
      expect(p.bindinger).toBeUndefined();
    }
    // Tillegg nr. 1: 670/01 +5,2 mill., 671/21 +1,5 mill., 671/62 −1,5 mill.
    expect(budget.kapitler[0].poster[0].i_fjor).toBe(353610000 + 5200000);
    expect(budget.kapitler[1].poster[0].i_fjor).toBeCloseTo(61.0 + 1.5, 6);
    expect(budget.kapitler[1].poster[4].i_fjor).toBeCloseTo(243.5 - 1.5, 6);
    expect(budget.kapitler[1].poster[2].i_fjor).toBeCloseTo(15335.9, 6);
  });

  it('makes `check` name the date and every missing amount as errors', async () => {
    const checked = await checkDocument(to);
    const errors = checked.diagnostics.filter((d) => d.severity === 'feil');
    expect(errors.map((d) => d.message)).toContain('datoen mangler');
    const missing = errors.filter((d) => d.message.startsWith('beløpet mangler'));
    expect(missing).toHaveLength(12);
    expect(missing[0].message).toBe('beløpet mangler for kap. 670, post 01 Driftsutgifter (i fjor: 358\u00a0810\u00a0000 kroner)');
    expect(missing[0].file).toMatch(/budsjett\.yaml$/);
    expect(checked.diagnostics.some((d) => d.severity === 'advarsel' && /til gjennomgang/.test(d.message))).toBe(true);
    expect(checked.compose).toBeUndefined();
  });
});

describe('new-year safety and options', () => {
  it('never overwrites without --force; --force replaces only the files new-year wrote', () => {
    const to = tempTarget();
    expect(newYear({ from: LETTER_2023, to }).ok).toBe(true);
    const manifest = readFileSync(join(to, MANIFEST), 'utf8').split('\n').filter(Boolean);
    expect(manifest).toContain('brev.md');
    expect(manifest).toContain('budsjett.yaml');
    writeFileSync(join(to, 'oppdrag', 'merke.md'), 'x');
    mkdirSync(join(to, '.git'));
    writeFileSync(join(to, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(to, 'notater.txt'), 'mine notater');
    writeFileSync(join(to, 'brev.md'), 'redigert');
    // A file an earlier run wrote that this run does not write any more.
    writeFileSync(join(to, 'gammel.md'), 'fra forrige kjøring');
    writeFileSync(join(to, MANIFEST), [...manifest, 'gammel.md'].join('\n'));
    const again = newYear({ from: LETTER_2023, to });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.diagnostics[0].message).toMatch(/finnes allerede/);
    expect(newYear({ from: LETTER_2023, to, force: true }).ok).toBe(true);
    expect(readFileSync(join(to, 'oppdrag', 'merke.md'), 'utf8')).toBe('x');
    expect(readFileSync(join(to, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(readFileSync(join(to, 'notater.txt'), 'utf8')).toBe('mine notater');
    expect(readFileSync(join(to, 'brev.md'), 'utf8')).toMatch(/^---\n/);
    expect(existsSync(join(to, 'gammel.md'))).toBe(false);
  });

  it('refuses to replace a folder it did not write, even with --force', () => {
    const to = tempTarget();
    mkdirSync(to, { recursive: true });
    writeFileSync(join(to, 'viktig.txt'), 'ikke slett meg');
    const r = newYear({ from: LETTER_2023, to, force: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0].message).toMatch(/filer som styringsdok ikke har skrevet/);
    expect(readdirSync(to)).toEqual(['viktig.txt']);
  });

  it('refuses, even with --force, to replace a file of the user\'s that has the name of one it writes', () => {
    const to = tempTarget();
    expect(newYear({ from: LETTER_2023, to }).ok).toBe(true);
    writeFileSync(join(to, MANIFEST), 'brev.md\n');
    writeFileSync(join(to, 'budsjett.yaml'), 'mitt eget budsjett');
    const r = newYear({ from: LETTER_2023, to, force: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0].file).toMatch(/budsjett\.yaml$/);
    expect(readFileSync(join(to, 'budsjett.yaml'), 'utf8')).toBe('mitt eget budsjett');
  });

  it('refuses an --out that contains the source letter, and leaves the source as it was', () => {
    const parent = mkdtempSync(join(tmpdir(), 'styringsdok-kilde-'));
    const from = join(parent, 'tildelingsbrev');
    cpSync(LETTER_2023, from, { recursive: true });
    const before = readdirSync(from).sort();
    for (const force of [false, true]) {
      const r = newYear({ from, to: parent, force });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.diagnostics[0].message).toMatch(/inneholder innholdsmappen/);
    }
    expect(newYear({ from, to: join(from, 'ny') }).ok).toBe(false);
    expect(readdirSync(from).sort()).toEqual(before);
  });

  it('with --year moves everything that many years, and without the tillegg drops 2023-12', () => {
    const from = join(mkdtempSync(join(tmpdir(), 'styringsdok-alene-')), 'tildelingsbrev');
    cpSync(LETTER_2023, from, { recursive: true });
    const to = tempTarget();
    const r = newYear({ from, to, year: 2025 });
    if (!r.ok) throw new Error('failed');
    expect(frontMatter(join(to, 'brev.md')).rapporteringskalender).toContainEqual({ type: 'Årsrapport og regnskap for budsjettåret 2025', telletidspunkt: '2025-12-31', frist: '2026-03-15' });
    const carried = r.summary.carried.map((a) => a.id);
    expect(carried).not.toContain('2023-12');
    expect(carried).not.toContain('2023-15');
    // Still running in 2025: dated deadlines in 2025 or later, and those whose deadline is not a date (to be assessed).
    expect(carried).toEqual(expectedCarried(from, 2025));
    expect(carried).toEqual(expect.arrayContaining(['2022-04', '2022-24', '2023-03']));
  });

  it('applies a renumbering made in a tillegg', () => {
    const root = copy2023();
    const path = join(root, 'tillegg-1', 'tillegg.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('oppdragsendringer:\n', 'oppdragsendringer:\n  - { oppdrag: 2023-09, nytt_nr: 2023-16 }\n'));
    const to = tempTarget();
    const r = newYear({ from: join(root, 'tildelingsbrev'), to });
    if (!r.ok) throw new Error('failed');
    expect(existsSync(join(to, 'oppdrag', '2023-09.md'))).toBe(false);
    expect(frontMatter(join(to, 'oppdrag', '2023-16.md')).id).toBe('2023-16');
    expect(r.summary.carried.find((a) => a.id === '2023-16')?.formerId).toBe('2023-09');
  });
});

describe('new-year on the second example (ids in the ministry\'s form, free-text deadlines, departement.yaml)', () => {
  const from = join(CONTENT, 'kd-hkdir-2024', 'tildelingsbrev');

  it('keeps the assignments it cannot judge under «Må vurderes», in files named after their ids', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'styringsdok-kd-')), 'kd-hkdir-2025', 'tildelingsbrev');
    const r = newYear({ from, to });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.summary.assess.map((a) => a.id)).toEqual(['2020-013', 'O8/2019']);
    expect(readdirSync(join(to, 'oppdrag')).sort()).toEqual(['2020-013.md', 'O8-2019.md']);
    expect(parse(readFileSync(join(to, 'oppdrag', 'O8-2019.md'), 'utf8').split('---')[1]).id).toBe('O8/2019');
    expect(r.summary.dropped.map((a) => a.id)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.summary.review.join('\n')).toMatch(/departement\.yaml, som ikke ligger over .*: kopier den dit/);
  });
});
