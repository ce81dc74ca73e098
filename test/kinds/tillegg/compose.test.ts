import { markdownOf } from '../../helpers/markdown.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import { copy2023, LETTER_2023, TILLEGG_2023 } from '../../helpers/examples.js';

const NBSP = '\u00a0';
const kr = (n: number) => `${n < 0 ? '−' : ''}${Math.abs(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)}`;
const compose = async (dir: string) => {
  const { composed, diagnostics } = composeChecked(await checkDocument(dir));
  if (!composed) throw new Error(JSON.stringify(diagnostics));
  return composed;
};
const frontMatter = (path: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]);

/** What the letter puts at IMDi's disposal on a post, in kroner, read straight from budsjett.yaml. */
function letterDisposal(kap: number, post: number): number {
  const budget = parse(readFileSync(join(LETTER_2023, 'budsjett.yaml'), 'utf8'));
  const chapter = budget.kapitler.find((k: { kap: number }) => k.kap === kap);
  const p = chapter.poster.find((x: { post: number }) => x.post === post);
  const factor = (chapter.enhet ?? 'kroner') === 'mill. kroner' ? 1e6 : 1;
  return Math.round((p.disponert ?? p.bevilget) * factor);
}

describe('tillegg nr. 1 to the 2023 example', async () => {
  const composed = await compose(TILLEGG_2023);
  const { model } = composed;
  const markdown = markdownOf(composed);

  it('computes the table as the letter plus this tillegg, for the three posts it changes', () => {
    const changes: Array<{ kap: number; post: number; endring: number }> = frontMatter(join(TILLEGG_2023, 'tillegg.md')).budsjettendringer;
    expect(changes).toHaveLength(3);
    expect(markdown).toContain('Etter endringene i dette tillegget disponerer IMDi følgende på postene over (i kroner):');
    for (const c of changes) {
      const before = letterDisposal(c.kap, c.post);
      const delta = Math.round(c.endring * 1e6);
      const row = markdown.split('\n').find((l) => l.startsWith(`| ${c.kap}/${String(c.post).padStart(2, '0')} |`));
      expect(row, `${c.kap}/${c.post}`).toBeDefined();
      expect(row).toContain(`| ${kr(before)} | ${delta > 0 ? '+' : ''}${kr(delta)} | ${kr(before + delta)} |`);
    }
    // The same figures, written out: 353 610 000 + 5 200 000; 32,9 + 1,5 mill.; 224 − 1,5 mill.
    expect(markdown).toContain(`| 670/01 | Driftsutgifter | 353${NBSP}610${NBSP}000 | +5${NBSP}200${NBSP}000 | 358${NBSP}810${NBSP}000 |`);
    expect(markdown).toContain(`34${NBSP}400${NBSP}000 |`);
    expect(markdown).toContain(`222${NBSP}500${NBSP}000 |`);
  });

  it('has the letter furniture: letterhead, recipient, references, signatures, copy', () => {
    expect(markdown).toMatch(/^::: brevhode\nDet kongelige arbeids- og inkluderingsdepartement/);
    expect(markdown).toContain('| | 22/3753- | 28. juni 2023 |'.replace('| |', '|  |'));
    expect(markdown).toContain('Kari Nordmann (e.f.)\\\navdelingsdirektør');
    expect(markdown).toContain('Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer');
    expect(markdown).toContain('**Kopi**\\\nRiksrevisjonen');
    expect(model.furniture.header).toBe('Tillegg nr. 1 til tildelingsbrev 2023 – IMDi');
    expect(model.meta.date).toBe('2023-06-28');
  });

  it('states the changes to assignments and the new assignment under its goal', () => {
    expect(markdown).toContain('Vi viser til tildelingsbrev til IMDi for 2023.');
    expect(markdown).toMatch(/\*\*Oppdrag nr\. 2023-12 Utrede effekten[^*]*\*\*\n\nNy frist: 01\.03\.2024\./);
    expect(markdown).toMatch(/## Mål 2: [^\n]*\n\n### Oppdrag nr\. 2023-15 Kartlegge tilbud/);
    expect(markdown).toContain('**Frist:** Delrapport: 01.12.2023, Sluttrapport: 30.04.2024');
    expect(markdown).toContain('Bevilgningen på posten økes med 5,2 mill. kroner. Økningen er kompensasjon');
    expect(markdown).toContain('Bevilgningen på posten reduseres med 1,5 mill. kroner.');
    expect(markdown).toContain('Følgende endringer fra revidert nasjonalbudsjett 2023 får virkning på poster stilt til disposisjon for IMDi:');
  });
});

describe('a second tillegg', () => {
  it('starts from the letter plus the earlier tillegg', async () => {
    const root = copy2023();
    const dir = join(root, 'tillegg-2');
    mkdirSync(dir);
    writeFileSync(join(dir, 'tillegg.md'), [
      '---', 'dokumenttype: tillegg', 'nr: 2', 'tildelingsbrev: ../tildelingsbrev', 'dato: 2023-11-20',
      'signatarer: [{ navn: Kari Nordmann, tittel: avdelingsdirektør }]',
      'budsjettendringer:',
      '  - { kap: 670, post: 1, endring: -1000000, enhet: kroner, begrunnelse: Overført til departementet. }',
      '  - { kap: 672, post: 61, endring: 0.2 }',
      '---', '',
    ].join('\n'));
    const markdown = markdownOf(await compose(dir));
    expect(markdown).toContain('Vi viser til tildelingsbrev til IMDi for 2023, og til tillegg nr. 1 til dette.');
    // 353 610 000 + 5 200 000 (tillegg nr. 1) − 1 000 000 (this one).
    expect(markdown).toContain(`| 670/01 | Driftsutgifter | ${kr(358810000)} | ${kr(-1000000)} | ${kr(357810000)} |`);
    expect(markdown).toContain(`| 672/61 | Kompetansekartlegging i mottak før bosetting | ${kr(800000)} | +${kr(200000)} | ${kr(1000000)} |`);
    expect(markdown).toContain('Øvrige endringer som har virkning for IMDis budsjettposter:');
    expect(markdown).not.toContain('671/21');
  });
});
