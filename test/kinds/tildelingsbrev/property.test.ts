import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { composeLetter } from '../../../src/kinds/tildelingsbrev/compose.js';
import { loadTexts } from '../../../src/load/loadFolder.js';
import { ContentError, type Diagnostic } from '../../../src/core/diagnostics.js';
import { validateLetter } from '../../../src/kinds/tildelingsbrev/validate.js';
import { SMALL_LETTER } from '../../helpers/fixtures.js';

const RUNS = Number(process.env.PROP_RUNS ?? 1000);

/** Load (from texts, no disk) → validate → compose, as `build` does; ContentError is the only allowed failure. */
function buildInMemory(files: Array<[string, string]>): { ok: boolean; diagnostics: Diagnostic[] } {
  const { content, diagnostics } = validateLetter(loadTexts(SMALL_LETTER, files));
  if (!content) return { ok: false, diagnostics };
  try {
    const composed = composeLetter(content);
    expect(composed.model.blocks.length).toBeGreaterThan(0);
    return { ok: true, diagnostics };
  } catch (e) {
    if (e instanceof ContentError) return { ok: false, diagnostics: [...diagnostics, ...e.diagnostics] };
    throw e;
  }
}

const errorsOf = (d: Diagnostic[]) => d.filter((x) => x.severity === 'feil');

// ——— random valid documents ———
const word = fc.constantFrom('mål', 'oppdrag', 'Direktoratet', 'skal', 'utrede', 'ordningen', 'kvalitet', '2024', 'æøå', 'ÆØÅ', 'x_y', 'a*b', '#1', '<b>', '[lenke]', '|', '\\', '`kode`', '---', '- punkt', '1.', '{{felt}}', ':::', '&amp;');
/** Any non-empty text, including Markdown and template syntax, which must come out as plain text. */
const plain = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
).filter((s) => s.trim().length > 0 && !s.includes('\u2028'));
const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const markdownBlock = fc.oneof(
  paragraph,
  paragraph.map((p) => `# ${p}`),
  paragraph.map((p) => `## ${p}`),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  paragraph.map((p) => `*${p}* og **${p}** med [lenke](https://www.regjeringen.no)`),
  fc.tuple(paragraph, paragraph).map(([a, b]) => `| A | B |\n|---|--:|\n| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |`),
);
const markdown = fc.array(markdownBlock, { maxLength: 4 }).map((b) => b.join('\n\n'));
const isoDate = (from: number, to: number) => fc.date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
// Whole kroner: the budget's unit here is kroner, where an amount with øre is an error (it would print rounded).
const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n));

const front = (data: object, body = '') => `---\n${stringify(data)}---\n${body}\n`;

const validLetter = fc
  .record({
    år: fc.integer({ min: 2001, max: 2099 }),
    departement: plain,
    mottaker: plain,
    adresse: fc.array(plain, { minLength: 1, maxLength: 3 }),
    signatarer: fc.array(fc.record({ navn: plain, tittel: plain, ef: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    goals: fc.array(fc.record({ tittel: plain, sp: fc.array(fc.record({ tekst: plain }), { maxLength: 3 }), text: markdown }), { minLength: 1, maxLength: 4 }),
    assignments: fc.array(fc.record({ tittel: plain, goal: fc.nat(), yearsBack: fc.integer({ min: 0, max: 3 }), frist: fc.oneof(plain.filter((s) => !/^\s*[\d.-]+\s*$/.test(s)), isoDate(2020, 2100)), text: markdown }), { maxLength: 6 }),
    innledning: markdown,
    posts: fc.array(fc.record({ navn: plain, bevilget: amount }), { minLength: 1, maxLength: 4 }),
    nummerering: fc.constantFrom('løpende', 'per-mål'),
    oppdragsvedlegg: fc.boolean(),
  })
  .map((g): Array<[string, string]> => {
    const files: Array<[string, string]> = [];
    files.push(['brev.md', front({
      dokumenttype: 'tildelingsbrev', år: g.år,
      avsender: { departement: g.departement, postadresse: ['Postboks 1 Dep'] },
      mottaker: { navn: g.mottaker, adresse: g.adresse },
      dato: `${g.år}-01-15`, signatarer: g.signatarer,
      styringsparameternummerering: g.nummerering,
      vedlegg: g.oppdragsvedlegg ? [{ tittel: 'Oppdrag', innhold: 'oppdrag' }] : [],
      rapporteringskalender: [{ type: 'Årsrapport', telletidspunkt: `${g.år}-12-31`, frist: `${g.år + 1}-03-15` }],
    })]);
    files.push(['kapitler/innledning.md', front({ tittel: 'Innledning' }, g.innledning)]);
    g.goals.forEach((goal, i) => files.push([`maal/${i + 1}.md`, front({ nr: i + 1, tittel: goal.tittel, styringsparametere: goal.sp }, goal.text)]));
    g.assignments.forEach((a, i) => {
      const id = `${g.år - a.yearsBack}-${String(i + 1).padStart(2, '0')}`;
      files.push([`oppdrag/${id}.md`, front({ id, tittel: a.tittel, mål: (a.goal % g.goals.length) + 1, frist: a.frist }, a.text)]);
    });
    files.push(['budsjett.yaml', stringify({ kapitler: [{ kap: 100, navn: 'Kapittel', poster: g.posts.map((p, i) => ({ post: i + 1, navn: p.navn, bevilget: p.bevilget })) }] })]);
    return files;
  });

// ——— mutations of the small valid letter ———
function fixtureFiles(dir = SMALL_LETTER): Array<[string, string]> {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir).map((p) => [relative(dir, p).split(sep).join('/'), readFileSync(p, 'utf8')]);
}
const SMALL = fixtureFiles();

type Mutation = (text: string) => string;
const lineOp = (f: (lines: string[]) => string[]): Mutation => (t) => f(t.split('\n')).join('\n');
const randomValue = fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('true', 'null', '[]', '{}', '~', '"', "'", '[', '{', '- x', '&a', '*a', '!!js/function', '|', '>', '@', '`', '31.06.2024', '2024-02-30', '1e400', '-1', '0x10', '.nan'));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => lineOp((l) => l.filter((_, i) => i !== n % l.length))), // delete a line (a key, a list item, a ---)
  fc.nat().map((n) => lineOp((l) => [...l.slice(0, n % l.length + 1), l[n % l.length], ...l.slice(n % l.length + 1)])), // duplicate a line
  fc.tuple(fc.nat(), randomValue).map(([n, v]) => lineOp((l) => l.map((line, i) => (i === n % l.length ? line.replace(/:\s.*$/, `: ${v}`) : line)))), // change a value (and its type)
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([n, s]) => (t: string) => t.slice(0, n % (t.length + 1)) + s + t.slice(n % (t.length + 1))), // insert random characters
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => lineOp((l) => { const c = [...l]; [c[a % c.length], c[b % c.length]] = [c[b % c.length], c[a % c.length]]; return c; })), // swap two lines
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))), // truncate
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, d]) => lineOp((l) => l.map((line, i) => (i === n % l.length ? (d > 0 ? ' '.repeat(d) + line : line.slice(-d)) : line)))), // change indentation
);

describe('property-based: documents never make the program crash', () => {
  it(`random valid documents always validate and compose (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(validLetter, (files) => {
        const r = buildInMemory(files);
        expect(errorsOf(r.diagnostics), JSON.stringify(r.diagnostics, null, 1)).toEqual([]);
        expect(r.ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it(`random mutations of the small letter compose or give diagnostics, never an exception (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (fileIndex, mutations) => {
        const files = SMALL.map(([n, t]): [string, string] => [n, t]);
        const target = fileIndex % files.length;
        files[target] = [files[target][0], mutations.reduce((t, m) => m(t), files[target][1])];
        const r = buildInMemory(files);
        if (!r.ok) expect(errorsOf(r.diagnostics).length).toBeGreaterThan(0);
        for (const d of r.diagnostics) {
          expect(d.file).toBeTruthy();
          expect(d.line).toBeGreaterThanOrEqual(0);
          expect(d.message).not.toMatch(/^\s+at |undefined|\[object Object\]/);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
