import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diffLetters, formatDiffMarkdown, formatDiffText, percentChange } from '../../src/diff/diffLetters.js';
import { loadFolder } from '../../src/load/loadFolder.js';
import { validateLetter } from '../../src/kinds/tildelingsbrev/validate.js';
import { copyFixture, edit, SMALL_LETTER } from '../helpers/fixtures.js';
import { LETTER_2023, LETTER_2024 } from '../helpers/examples.js';

const load = (dir: string) => {
  const r = validateLetter(loadFolder(dir));
  if (!r.content) throw new Error(JSON.stringify(r.diagnostics.filter((d) => d.severity === 'feil')));
  return r.content;
};
const NBSP = '\u00a0';

describe('diff of two versions of the small letter', () => {
  const dir = copyFixture();
  edit(dir, 'maal/1.md', 'tittel: Flere deltar i arbeidslivet', 'tittel: Flere er i arbeid');
  edit(dir, 'maal/1.md', '70 prosent ett år etter', '75 prosent ett år etter');
  edit(dir, 'maal/1.md', '  - tekst: Resultater av veiledningen\n', '  - tekst: Resultater av veiledningen\n  - tekst: Antall kommuner med avtale\n');
  edit(dir, 'oppdrag/2024-01.md', 'dato: 2025-03-31', 'dato: 2025-06-30');
  rmSync(join(dir, 'oppdrag', '2024-02.md'));
  writeFileSync(join(dir, 'oppdrag', '2024-03.md'), '---\nid: 2024-03\ntittel: Nytt oppdrag\nmål: 2\nfrist: Løpende\n---\n# Beskrivelse av oppdraget\nTekst.\n');
  edit(dir, 'budsjett.yaml', 'sum: 1075.7', 'sum: 1080.7');
  edit(dir, 'budsjett.yaml', 'bevilget: 60.5', 'bevilget: 65.5');
  const d = diffLetters(load(SMALL_LETTER), load(dir));

  it('lists every change and nothing else', () => {
    expect(d.mål).toEqual([{ nr: 1, kind: 'endret', tittel: 'Flere er i arbeid', felt: [{ felt: 'tittel', fra: 'Flere deltar i arbeidslivet', til: 'Flere er i arbeid' }] }]);
    expect(d.styringsparametere).toEqual([
      { mål: 1, kind: 'endret', tekst: 'Andel deltakere i arbeid etter tiltaket', felt: [{ felt: 'resultatkrav', fra: '70 prosent ett år etter', til: '75 prosent ett år etter' }] },
      { mål: 1, kind: 'ny', tekst: 'Antall kommuner med avtale', felt: [] },
    ]);
    expect(d.oppdrag.map((a) => [a.kind, a.id])).toEqual([['endret', '2024-01'], ['fjernet', '2024-02'], ['ny', '2024-03']]);
    expect(d.oppdrag[0].felt).toEqual([{ felt: 'frist', fra: 'Del 1: 01.06.2024, Del 2: 31.03.2025', til: 'Del 1: 01.06.2024, Del 2: 30.06.2025' }]);
    expect(d.budsjett).toEqual([{ kap: 100, post: 1, kind: 'endret', navn: 'Driftsutgifter', fra: 60_500_000, til: 65_500_000, felt: [] }]);
  });

  it('prints amounts with the change and the percentage, in the terminal and in Markdown', () => {
    const text = formatDiffText(d);
    expect(text).toContain(`endret: kap. 100, post 01 Driftsutgifter: 60${NBSP}500${NBSP}000 → 65${NBSP}500${NBSP}000 (+5${NBSP}000${NBSP}000, +8,3 %)`);
    expect(text).toContain('resultatkrav: 70 prosent ett år etter → 75 prosent ett år etter');
    expect(text).toMatch(/^Endringer fra tildelingsbrevet for 2024 til tildelingsbrevet for 2024: 7$/m);
    const md = formatDiffMarkdown(d);
    expect(md).toContain(`| endret | 100/01 | Driftsutgifter | 60${NBSP}500${NBSP}000 | 65${NBSP}500${NBSP}000 | +5${NBSP}000${NBSP}000 | +8,3 % |`);
    expect(md).toContain('| ny | 2024-03 | Nytt oppdrag | frist: Løpende |');
  });

  it('finds nothing between a letter and itself', () => {
    const same = diffLetters(load(SMALL_LETTER), load(SMALL_LETTER));
    expect([same.mål, same.styringsparametere, same.oppdrag, same.budsjett]).toEqual([[], [], [], []]);
  });

  it('computes percentages', () => {
    expect(percentChange(200, 150)).toBe('−25,0 %');
    expect(percentChange(0, 5)).toBe('');
  });
});

// --- 2023 → 2024 examples, with the expected changes worked out from the files themselves ---

const frontMatter = (path: string) => {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(path, 'utf8'))!;
  return { data: parse(m[1]), body: m[2].replace(/\s+/g, ' ').trim() };
};
const assignments = (dir: string) => new Map(readdirSync(join(dir, 'oppdrag')).map((f) => [f.replace(/\.md$/, ''), frontMatter(join(dir, 'oppdrag', f))]));
function posts(dir: string) {
  const budget = parse(readFileSync(join(dir, 'budsjett.yaml'), 'utf8'));
  const out = new Map<string, { bevilget: number; disponert: number }>();
  for (const k of budget.kapitler) for (const p of k.poster) {
    const f = (k.enhet ?? 'kroner') === 'mill. kroner' ? 1e6 : 1;
    out.set(`${k.kap}/${p.post}`, { bevilget: Math.round(p.bevilget * f), disponert: Math.round((p.disponert ?? p.bevilget) * f) });
  }
  return out;
}

describe('diff between the 2023 and 2024 examples', () => {
  const d = diffLetters(load(LETTER_2023), load(LETTER_2024));

  it('lists the goals and parameters as unchanged (the goal files are the same)', () => {
    for (const f of readdirSync(join(LETTER_2023, 'maal'))) expect(readFileSync(join(LETTER_2024, 'maal', f), 'utf8')).toBe(readFileSync(join(LETTER_2023, 'maal', f), 'utf8'));
    expect(d.mål).toEqual([]);
    expect(d.styringsparametere).toEqual([]);
  });

  it('lists exactly the assignments that were dropped, added or changed', () => {
    const a = assignments(LETTER_2023);
    const b = assignments(LETTER_2024);
    const same = (x: ReturnType<typeof frontMatter>, y: ReturnType<typeof frontMatter>) => x.body === y.body
      && x.data.tittel === y.data.tittel && x.data.mål === y.data.mål
      && JSON.stringify(x.data.frist) === JSON.stringify(y.data.frist)
      && JSON.stringify(x.data.finansiering ?? []) === JSON.stringify(y.data.finansiering ?? []);
    const expected = [...new Set([...a.keys(), ...b.keys()])].sort().flatMap((id) => {
      if (!b.has(id)) return [['fjernet', id]];
      if (!a.has(id)) return [['ny', id]];
      return same(a.get(id)!, b.get(id)!) ? [] : [['endret', id]];
    });
    expect(d.oppdrag.map((x) => [x.kind, x.id])).toEqual(expected);
    // The ones the issue names: finished 2023 assignments gone, 2023-15 (from tillegg nr. 1) new.
    expect(expected).toContainEqual(['fjernet', '2023-07']);
    expect(expected).toContainEqual(['ny', '2023-15']);
    expect(expected.filter(([k]) => k === 'fjernet')).toHaveLength(14);
  });

  it('lists exactly the posts whose amounts changed, with amount and percentage', () => {
    const a = posts(LETTER_2023);
    const b = posts(LETTER_2024);
    const expected = [...a.keys()].filter((k) => {
      const x = a.get(k)!;
      const y = b.get(k)!;
      const partly = x.disponert !== x.bevilget || y.disponert !== y.bevilget;
      return x.bevilget !== y.bevilget || (partly && x.disponert !== y.disponert);
    });
    expect(d.budsjett.map((p) => `${p.kap}/${p.post}`)).toEqual(expected);
    expect(expected).not.toContain('671/70');
    expect(expected).not.toContain('672/61');
    for (const p of d.budsjett) {
      expect(p.fra).toBe(a.get(`${p.kap}/${p.post}`)!.bevilget);
      expect(p.til).toBe(b.get(`${p.kap}/${p.post}`)!.bevilget);
    }
    const md = formatDiffMarkdown(d);
    const row = md.split('\n').find((l) => l.includes('| 670/01 |'))!;
    const pct = ((371_245_000 - 353_610_000) / 353_610_000) * 100;
    expect(row).toContain(`| +${pct.toFixed(1).replace('.', ',')} % |`);
  });

  it('the terminal text names every change once and no unchanged assignment', () => {
    const text = formatDiffText(d);
    for (const x of d.oppdrag) expect(text.split(`: ${x.id} `).length - 1).toBe(1);
    expect(text).not.toContain('2021-07');
    expect(text).not.toContain('kap. 671, post 70');
  });
});
