import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../helpers/cli.js';
import { copy2023 } from '../../helpers/examples.js';
import { edit } from '../../helpers/fixtures.js';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import { markdownOf } from '../../helpers/markdown.js';

const frontMatter = (path: string) => parse(readFileSync(path, 'utf8').split(/^---\s*$/m)[1]);

/** dd.mm.yyyy or yyyy-mm-dd anywhere in a deadline, as yyyy-mm-dd. */
const datesIn = (frist: unknown) => [...JSON.stringify(frist).matchAll(/(\d{2})\.(\d{2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2})/g)].map((m) => (m[1] ? `${m[3]}-${m[2]}-${m[1]}` : `${m[4]}-${m[5]}-${m[6]}`));
const dueByJune = (frist: unknown) => datesIn(frist).some((d) => d >= '2023-01-01' && d <= '2023-06-30') || /løpende|første halvdel/i.test(JSON.stringify(frist));

/** Read straight from the example's files, not through the program: goals, parameters and assignments due by 30 June. */
function expectedFrom(root: string) {
  const letter = join(root, 'tildelingsbrev');
  const goals = readdirSync(join(letter, 'maal')).map((f) => frontMatter(join(letter, 'maal', f)));
  const tillegg = frontMatter(join(root, 'tillegg-1', 'tillegg.md'));
  const inPeriod = tillegg.dato <= '2023-06-30';
  const changed = new Map<string, unknown>(inPeriod ? tillegg.oppdragsendringer.map((c: { oppdrag: string; frist?: unknown }) => [c.oppdrag, c.frist]) : []);
  const ids: string[] = [];
  for (const f of readdirSync(join(letter, 'oppdrag'))) {
    const a = frontMatter(join(letter, 'oppdrag', f));
    if (dueByJune(changed.get(a.id) ?? a.frist)) ids.push(a.id);
  }
  if (inPeriod) for (const f of readdirSync(join(root, 'tillegg-1', 'oppdrag'))) ids.push(frontMatter(join(root, 'tillegg-1', 'oppdrag', f)).id);
  return { goals, ids: ids.sort() };
}

async function draft(root: string) {
  const out = join(root, 'halvarsrapport');
  const r = await run('draft-report', '--halvår', join(root, 'tildelingsbrev'), '--out', out);
  expect(r.code, r.stderr).toBe(0);
  const status = parse(readFileSync(join(out, 'status.yaml'), 'utf8'));
  const budget = parse(readFileSync(join(out, 'budsjett.yaml'), 'utf8'));
  return { out, r, status, budget };
}

describe('draft-report --halvår', () => {
  it('lists every goal, every parameter and every assignment due by 30 June, the tillegg\'s included', async () => {
    const root = copy2023();
    const { out, r, status } = await draft(root);
    const { goals, ids } = expectedFrom(root);
    expect(status.mål.map((m: { nr: number }) => m.nr)).toEqual(goals.map((g) => g.nr).sort());
    for (const g of goals) {
      const drafted = status.mål.find((m: { nr: number }) => m.nr === g.nr);
      expect(drafted.tittel).toBe(g.tittel);
      expect(drafted.styringsparametere.map((sp: { tekst: string }) => sp.tekst)).toEqual((g.styringsparametere ?? []).map((sp: { tekst: string }) => sp.tekst));
    }
    expect(status.mål.flatMap((m: { styringsparametere: unknown[] }) => m.styringsparametere)).toHaveLength(16);
    expect(status.oppdrag.map((a: { id: string }) => a.id).sort()).toEqual(ids);
    expect(ids).toContain('2023-15'); // given by tillegg nr. 1 (28.06.2023)
    expect(ids).toContain('2022-24'); // «Løpende»
    expect(r.stdout).toContain(`6 mål, 16 styringsparametere, ${ids.length} oppdrag i perioden, 12 poster (med tillegg nr. 1)`);

    // Every unfilled place is an error that check lists, and nothing else is; the draft builds as a marked draft.
    const { composed, diagnostics } = composeChecked(await checkDocument(out), { draft: true });
    const markers = [out].flatMap((dir) => ['halvarsrapport.md', 'status.yaml', 'budsjett.yaml'].flatMap((f) => readFileSync(join(dir, f), 'utf8').match(/\[\[fyll inn[^\]]*\]\]/g) ?? []));
    expect(diagnostics.filter((d) => d.severity === 'feil' && !d.message.startsWith('ikke utfylt'))).toEqual([]);
    expect(diagnostics.filter((d) => d.message.startsWith('ikke utfylt'))).toHaveLength(markers.length);
    expect(markdownOf(composed!)).toContain('Ikke vurdert');
  });

  it('follows the tillegg: a changed deadline in the period brings the assignment in, and the posts carry the changes', async () => {
    const root = copy2023();
    edit(root, 'tillegg-1/tillegg.md', 'frist: 01.03.2024', 'frist: 15.06.2023');
    const { status, budget } = await draft(root);
    expect(status.oppdrag.map((a: { id: string }) => a.id)).toContain('2023-12');
    expect(expectedFrom(root).ids).toEqual(status.oppdrag.map((a: { id: string }) => a.id).sort());
    // kap. 670 post 01: 353,61 mill. kroner in the letter + 5,2 in the tillegg.
    expect(budget.poster.find((p: { kap: number; post: number }) => p.kap === 670 && p.post === 1).tildelt).toBe(358_810_000);
  });

  it('leaves out a tillegg dated after the period', async () => {
    const root = copy2023();
    edit(root, 'tillegg-1/tillegg.md', 'dato: 2023-06-28', 'dato: 2023-07-03');
    const { status, budget, r } = await draft(root);
    expect(status.oppdrag.map((a: { id: string }) => a.id)).not.toContain('2023-15');
    expect(status.oppdrag.map((a: { id: string }) => a.id).sort()).toEqual(expectedFrom(root).ids);
    expect(budget.poster.find((p: { kap: number; post: number }) => p.kap === 670 && p.post === 1).tildelt).toBe(353_610_000);
    expect(r.stdout).not.toContain('tillegg nr.');
  });

  it('writes nothing into a folder it does not own', async () => {
    const root = copy2023();
    const out = mkdtempSync(join(tmpdir(), 'halvar-'));
    writeFileSync(join(out, 'notater.md'), 'mine notater');
    const r = await run('draft-report', '--halvår', join(root, 'tildelingsbrev'), '--out', out, '--force');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/filer som styringsdok ikke har skrevet/);
    expect(readdirSync(out)).toEqual(['notater.md']);
  });
});
