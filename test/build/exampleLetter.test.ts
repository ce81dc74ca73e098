import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { pdfContent } from '../helpers/pdfText.js';
import { copyFixture, edit } from '../helpers/fixtures.js';

// The acceptance test of the core pipeline: the bundled 2023 letter, rendered to PDF, read back as text.
const LETTER = join(import.meta.dirname, '../../content/imdi-2023/tildelingsbrev');
const frontMatter = (file: string) => matter(readFileSync(join(LETTER, file), 'utf8'), { engines: { yaml: (s: string) => parseYaml(s) as object } }).data;

/** Text of the whole document without page furniture, whitespace collapsed, NBSP as space, hyphenated words joined. */
async function documentText(dir: string): Promise<string> {
  const { composed, diagnostics } = composeChecked(await checkDocument(dir));
  if (!composed) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const { pages } = await pdfContent(await renderPdf(composed.model));
  return pages
    .flatMap((p) => p.lines.filter((l) => !/^Side \d+ av \d+$/.test(l.trim()) && !/^Tildelingsbrev 2023 – IMDi$/.test(l.trim())))
    .join('\n').replace(/(\p{Ll})-\n(?!og |eller )(?=\p{Ll})/gu, '$1').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

const dotted = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d.split('-').reverse().join('.') : d);
type Frist = string | Array<{ del?: string; dato?: string; tekst?: string }>;
/**
 * What of a deadline is sure to stand on one line in a table cell: each date, or the first word of a
 * text deadline (a long cell wraps, and wrapped cells interleave with their neighbours in extracted text).
 */
const deadlineTokens = (frist: Frist) => (typeof frist === 'string' ? [frist] : frist.map((f) => f.dato ?? f.tekst ?? ''))
  .map((d) => (/^\d{4}-\d{2}-\d{2}$|^\d{2}\.\d{2}\.\d{4}$/.test(d) ? dotted(d) : d.split(' ')[0]));
/** Norwegian amount format, written here independently of src/format. */
const norwegian = (n: number, decimals: number) => {
  const [int, frac] = n.toFixed(decimals).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + (frac ? `,${frac}` : '');
};

let text = '';
let body = 0;
beforeAll(async () => {
  text = await documentText(LETTER);
  body = text.indexOf('1. Innledning', text.indexOf('Vedlegg nr. 2 Oppdrag'));
});

/** Asserts that the needles occur in this order after `from`; returns the position after the last. */
function expectInOrder(needles: string[], from = body): number {
  let at = from;
  for (const needle of needles) {
    const found = text.indexOf(needle, at);
    expect(found, `«${needle}» after «${text.slice(Math.max(0, at - 300), at)}»`).toBeGreaterThanOrEqual(0);
    at = found + needle.length;
  }
  return at;
}

describe('the 2023 letter as PDF', () => {
  it('has every chapter heading, in order, after the table of contents', () => {
    expect(body).toBeGreaterThan(0);
    expectInOrder(['1. Innledning', '2. Overordnede prioriteringer for 2023', '3. Mål, styringsparametere og oppdrag', '4. Sikkerhet og beredskap',
      '5. Fellesføringer', '6. Internkontroll og risikovurderinger', '7. Styringsdialog og andre møter', '8. Rapportering og styringsinformasjon',
      '8.1 Års- og halvårsrapportering', '8.2 Budsjett og tilskuddsforvaltning', '9. Tildeling av midler', '9.1. Budsjettrammen', '10. Fullmakter', 'Med hilsen', 'Kari Nordmann', 'Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer',
      'Kopi', 'Vedlegg nr. 1 Instruks', 'Vedlegg nr. 2 Oppdrag']);
  });

  it('has every goal with its styringsparametere and assignment tables (new, then earlier) in order', () => {
    const goals = readdirSync(join(LETTER, 'maal')).map((f) => frontMatter(`maal/${f}`)).sort((a, b) => a.nr - b.nr);
    const assignments = readdirSync(join(LETTER, 'oppdrag')).map((f) => frontMatter(`oppdrag/${f}`));
    expect(goals).toHaveLength(6);
    expect(goals.flatMap((g) => g.styringsparametere)).toHaveLength(16);
    expect(assignments.filter((a) => String(a.id).startsWith('2023-'))).toHaveLength(14);
    let at = body;
    let sp = 0;
    for (const goal of goals) {
      const needles = [`Mål ${goal.nr}: ${goal.tittel}`, ...goal.styringsparametere.map((p: { tekst: string }) => `SP ${++sp}: ${p.tekst}`)];
      const mine = assignments.filter((a) => a.mål === goal.nr).sort((a, b) => String(a.id).localeCompare(String(b.id)));
      const fresh = mine.filter((a) => String(a.id).startsWith('2023-'));
      const earlier = mine.filter((a) => !String(a.id).startsWith('2023-'));
      if (fresh.length) needles.push(`Oppdrag som skal bidra til å nå mål nr. ${goal.nr}`, ...fresh.flatMap((a) => [String(a.id), ...deadlineTokens(a.frist)]));
      if (earlier.length) needles.push(`Oppdrag gitt tidligere, med frist i 2023 eller senere, som skal bidra til å nå mål nr. ${goal.nr}`, ...earlier.flatMap((a) => [String(a.id), ...deadlineTokens(a.frist)]));
      at = expectInOrder(needles, at);
    }
  });

  it('has the budget with program-computed sums and every grant-table row', () => {
    const budget = parseYaml(readFileSync(join(LETTER, 'budsjett.yaml'), 'utf8'));
    const kap671 = budget.kapitler.find((k: { kap: number }) => k.kap === 671);
    const sum671 = kap671.poster.reduce((s: number, p: { bevilget: number }) => s + p.bevilget, 0);
    const grants = kap671.poster.flatMap((p: { tabeller?: Array<{ rader: Array<{ navn: string; beløp: number }> }> }) => p.tabeller ?? [])[0].rader;
    expect(grants).toHaveLength(14);
    const grantSum = grants.reduce((s: number, r: { beløp: number }) => s + r.beløp, 0);
    expect(norwegian(sum671, 1)).toBe('17 349,1');
    expectInOrder(['Kap. 670', '353 610 000', 'Kap. 671', '61,0', '15 335,9', `Sum ${norwegian(sum671, 1)}`, 'Tilskudd til nasjonale ressursmiljø',
      ...grants.flatMap((r: { navn: string; beløp: number }) => [r.navn, norwegian(r.beløp, 0)]), `Sum ${norwegian(grantSum, 0)}`, 'Kap. 672', 'Sum 1 524,7']);
  });

  it('computes the sums itself: changing one amount changes the printed sum', async () => {
    const dir = copyFixture(LETTER);
    edit(dir, 'budsjett.yaml', /(post: 45\n\s+navn: [^\n]+\n(?:\s+stikkord: [^\n]+\n)?\s+bevilget:) 45\.2/, '$1 46.2');
    edit(dir, 'budsjett.yaml', /\n\s+sum: 17349\.1/, '');
    const changed = await documentText(dir);
    expect(changed).toContain('Sum 17 350,1');
    expect(changed).not.toContain('17 349,1');
  });
});
