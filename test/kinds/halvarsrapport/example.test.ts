import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../../helpers/cli.js';
import { CONTENT, copy2023 } from '../../helpers/examples.js';
import { edit } from '../../helpers/fixtures.js';
import { pdfText } from '../../helpers/pdfText.js';

const EXAMPLE = join(CONTENT, 'imdi-2023', 'halvarsrapport');

interface Post { kap: number; post: number; navn: string; tildelt: number; regnskap: number; prognose: number; forklaring?: string }

/** Independent arithmetic on BigInt: thousands rounded half up, percent to one decimal, grouped with spaces. */
const group = (n: bigint) => `${n < 0n ? '−' : ''}${(n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
const floorDiv = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
const thousands = (kr: bigint) => group(floorDiv(kr + 500n, 1000n));
const percent = (a: bigint, b: bigint) => {
  const tenths = (a * 2000n + b) / (2n * b);
  return `${tenths / 10n},${tenths % 10n}`;
};

function expectedRows(posts: Post[]) {
  const rows = posts.map((p) => {
    const [t, r, pr] = [BigInt(p.tildelt), BigInt(p.regnskap), BigInt(p.prognose)];
    return [`${p.kap}.${String(p.post).padStart(2, '0')}`, p.navn, thousands(t), thousands(r), percent(r, t), thousands(pr), thousands(t - pr)];
  });
  const sum = (f: (p: Post) => number) => posts.reduce((s, p) => s + BigInt(f(p)), 0n);
  const [t, r, pr] = [sum((p) => p.tildelt), sum((p) => p.regnskap), sum((p) => p.prognose)];
  return { rows, total: ['**Sum**', '', ...[thousands(t), thousands(r), percent(r, t), thousands(pr), thousands(t - pr)].map((c) => `**${c}**`)] };
}

/** The body rows of the Markdown table that follows the heading line starting with `heading`. */
function tableAfter(md: string, heading: string): string[][] {
  const lines = md.slice(md.indexOf(heading)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const table: string[] = [];
  for (const l of lines.slice(start)) { if (!l.startsWith('|')) break; table.push(l); }
  return table.slice(2).map((l) => l.slice(1, -1).split('|').map((c) => c.trim().replace(/\u00a0/g, ' ')));
}

let md: string;
let pages: string[];
beforeAll(async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'halvar-')), 'imdi-2023');
  cpSync(join(CONTENT, 'imdi-2023'), root, { recursive: true });
  const out = join(root, '..', 'output');
  const r = await run('build', join(root, 'halvarsrapport'), '--out', out, '--format', 'md,pdf');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  md = readFileSync(join(out, 'halvarsrapport.md'), 'utf8');
  pages = await pdfText(readFileSync(join(out, 'halvarsrapport.pdf')));
}, 60_000);

describe('the 2023 halvårsrapport example', () => {
  const posts: Post[] = parse(readFileSync(join(EXAMPLE, 'budsjett.yaml'), 'utf8')).poster;

  it('has consistent constructed figures: regnskap within tildelt, tildelt as the letter and tillegg nr. 1 give it', () => {
    for (const p of posts) expect(p.regnskap, `${p.kap}.${p.post}`).toBeLessThanOrEqual(p.tildelt);
    // Letter 353,61 mill. + 5,2 mill. from the tillegg; post 21: 32,9 + 1,5; post 62: 224,0 − 1,5.
    expect(posts.find((p) => p.kap === 670 && p.post === 1)!.tildelt).toBe(358_810_000);
    expect(posts.find((p) => p.kap === 671 && p.post === 21)!.tildelt).toBe(34_400_000);
    expect(posts.find((p) => p.kap === 671 && p.post === 62)!.tildelt).toBe(222_500_000);
  });

  it('computes forbruk, prognose, avvik and the sums as recomputed here', () => {
    const { rows, total } = expectedRows(posts);
    const table = tableAfter(md, '# 4 Budsjett og forbruk per 30.06.2023');
    expect(table.slice(0, -1)).toEqual(rows);
    expect(table.at(-1)).toEqual(total);
    // The PDF shows the same figures.
    const text = pages.join('\n').replace(/\u00a0/g, ' ');
    for (const row of rows) for (const cell of row.slice(2)) expect(text).toContain(cell);
    for (const cell of total.slice(2)) expect(text).toContain(cell.replace(/\*/g, ''));
  });

  it('explains every avvik above 5 % of tildelt, and only those posts need it', () => {
    const over = posts.filter((p) => Math.abs(p.tildelt - p.prognose) * 100 > 5 * p.tildelt);
    expect(over.map((p) => `${p.kap}.${p.post}`)).toEqual(['671.21', '671.45', '671.61']);
    for (const p of over) expect(md).toContain(`**Kap. ${p.kap}, post ${String(p.post).padStart(2, '0')} ${p.navn}:** ${p.forklaring}`);
  });

  it('reports status per goal and parameter, the assignments of the period and the risks', () => {
    const text = pages.join('\n');
    for (const s of ['Halvårsrapport 2023', 'Rapporteringsperiode: 01.01.2023–30.06.2023', 'Rapporten svarer på tildelingsbrevet for 2023 med tillegg nr. 1.',
      '2.1 Mål 1: Flere innvandrere deltar i arbeidslivet', 'Risiko for avvik', 'Ikke i rute', '3 Oppdrag med frist i perioden', '5 Risikoer og tiltak']) expect(text).toContain(s);
    const assignments = tableAfter(md, '# 3 Oppdrag med frist i perioden');
    expect(assignments.map((r) => r[0].slice(2, 9))).toEqual(['2021-04', '2021-05', '2022-14', '2022-24', '2023-04', '2023-05', '2023-06', '2023-07', '2023-11', '2023-14', '2023-15']);
  });
});

describe('checks of a halvårsrapport', () => {
  const check = async (root: string) => run('check', join(root, 'halvarsrapport'));
  const withReport = () => {
    const root = copy2023();
    cpSync(EXAMPLE, join(root, 'halvarsrapport'), { recursive: true });
    return root;
  };

  it('requires an explanation above the limit, exactly: 5 % is allowed, one krone more is not', async () => {
    const root = withReport();
    // 670.01: tildelt 358 810 000; 5 % is 17 940 500.
    edit(root, 'halvarsrapport/budsjett.yaml', 'prognose: 356900000', 'prognose: 340869500');
    expect((await check(root)).code).toBe(0);
    edit(root, 'halvarsrapport/budsjett.yaml', 'prognose: 340869500', 'prognose: 340869499');
    const r = await check(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/budsjett\.yaml:\d+:\d+: feil \(poster\[1\]\.prognose\): kap\. 670, post 01: avviket mellom tildelt og prognose er 17.940.501 kroner/);
    // A configured limit applies instead.
    edit(root, 'halvarsrapport/halvarsrapport.md', 'avviksgrense: 5', 'avviksgrense: 5.5');
    expect((await check(root)).code).toBe(0);
  });

  it('lists what is unanswered: a parameter, an assignment of the period and a post left out', async () => {
    const root = withReport();
    const status = join(root, 'halvarsrapport', 'status.yaml');
    const data = parse(readFileSync(status, 'utf8'));
    data.mål[0].styringsparametere.splice(1, 1);
    data.oppdrag = data.oppdrag.filter((a: { id: string }) => a.id !== '2023-15');
    const { stringify } = await import('yaml');
    (await import('node:fs')).writeFileSync(status, stringify(data));
    edit(root, 'halvarsrapport/budsjett.yaml', /- kap: 672\n\s+post: 61\n(?:\s+\w+: .*\n)+/, '');
    const r = await check(root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('styringsparameter SP 2 (mål 1) «Resultater av IMDis innsats for at innvandrere styrker sine norskferdigheter» er ikke besvart');
    expect(r.stderr).toContain('oppdrag 2023-15 «Kartlegge tilbud om arbeidsrettet norskopplæring for voksne innvandrere i arbeid (FoU)»');
    expect(r.stderr).toContain('kap. 672, post 61 Kompetansekartlegging i mottak før bosetting mangler i budsjettrapporteringen');
  });
});
