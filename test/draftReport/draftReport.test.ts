import { markdownOf } from '../helpers/markdown.js';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { loadFolder } from '../../src/load/loadFolder.js';
import { MANIFEST } from '../../src/build/ownedFolder.js';
import { letterItems } from '../../src/kinds/arsrapport/letterItems.js';
import { validateLetter } from '../../src/kinds/tildelingsbrev/validate.js';
import { copyFixture, edit } from '../helpers/fixtures.js';

const LETTER = join(import.meta.dirname, '../../content/imdi-2023/tildelingsbrev');


/** The draft's content files (not the list of them that --force uses, .styringsdok-filer). */
function files(dir: string): string[] {
  return readdirSync(dir).filter((n) => n !== MANIFEST).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

/** Every marker in every file of a drafted folder, as file:line:marker, counted independently of the checker. */
function markersIn(out: string): string[] {
  return files(out).flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, i) => [...line.matchAll(/\[\[fyll inn[^\]]*\]\]/g)].map((m) => `${relative(out, f)}:${i + 1}:${m[0]}`)));
}

/** The Markdown writer's headings as `## Title`: the computed number and the `{#id …}` attributes taken off. */
function headingsIn(md: string): string[] {
  return md.split('\n').flatMap((line) => {
    const m = /^(#{1,6}) (.*?)(?: \{([^{}]*)\})?$/.exec(line);
    if (!m) return [];
    const numbered = !(m[3] ?? '').split(' ').includes('.unnumbered');
    return [`${m[1]} ${numbered ? m[2].replace(/^\d+(?:\.\d+)* /, '') : m[2]}`];
  });
}

/**
 * What `check` reports on a folder: the unfilled places (errors, in the same form as markersIn), every other
 * diagnostic, and the document composed as a draft (a report with unfilled places is only ever built as one).
 */
async function checked(out: string) {
  const { composed, diagnostics } = composeChecked(await checkDocument(out), { draft: true });
  const unfilled = diagnostics.filter((d) => d.message.startsWith('ikke utfylt: '));
  expect(unfilled.every((d) => d.severity === 'feil')).toBe(true);
  const others = diagnostics.filter((d) => !unfilled.includes(d));
  return { composed, others, unfilled: unfilled.map((d) => `${relative(out, d.file)}:${d.line}:${d.message.replace(/^ikke utfylt: /, '')}`) };
}

describe('styringsdok draft-report', () => {
  it('drafts a report on which build --utkast succeeds and check lists exactly the unfilled places', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'utkast-')), 'arsrapport');
    const r = await run('draft-report', LETTER, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Del III: 6 mål, 16 styringsparametere, 28 oppdrag (14 nye, 14 videreførte)');
    expect(r.stdout).toContain('Del IV: internkontroll og 4 rapporteringskrav fra brevet');

    const markers = markersIn(out);
    expect(r.stdout).toContain(`${markers.length} steder må fylles inn`);

    const { composed, others, unfilled } = await checked(out);
    expect(others).toEqual([]);
    expect(unfilled.sort()).toEqual(markers.sort());

    // Every goal, parameter and assignment of the letter appears in the drafted report.
    const letter = validateLetter(loadFolder(LETTER)).content!;
    const items = letterItems(letter);
    const md = markdownOf(composed!);
    const headings = headingsIn(md);
    for (const g of items.goals) {
      expect(headings).toContain(`## ${g.tittel}`);
      for (const sp of g.styringsparametere) expect(md).toContain(`**${sp.nr}:**`);
    }
    for (const a of items.assignments) expect(md).toContain(`**${a.id}:**`);
    expect(items.assignments).toHaveLength(28);
    // Part IV: internal control and each reporting demand of the letter.
    for (const t of ['Internkontroll og risikostyring', 'Lærlinger skal stå i et høvelig forhold til virksomhetens størrelse', 'Redusere konsulentbruken', 'Tilskuddsforvaltning og rapportering']) expect(headings).toContain(`## ${t}`);
    // Part VI skeleton: every post of the letter's budget.
    for (const t of ['### Oppstilling av bevilgningsrapportering for regnskapsår 2023', '### Note A Forklaring av samlet tildeling', '### Note B', '### Oppstilling av artskontorapportering for 2023']) expect(headings.some((h) => h.startsWith(t)), t).toBe(true);
    expect(md).toContain('| **0670** | **Integrerings- og mangfoldsdirektoratet** |');
    expect(md).toContain('| 0670 01 | Driftsutgifter | A, B | \\[\\[fyll inn\\]\\] |');
  });

  it('never overwrites an existing folder without --force, and --force replaces only its own files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'utkast-'));
    expect((await run('draft-report', LETTER, '--out', out)).code).toBe(0);
    writeFileSync(join(out, 'rapport.md'), 'mitt arbeid');
    writeFileSync(join(out, 'notater.md'), 'mine notater');
    const r = await run('draft-report', LETTER, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/finnes allerede og er ikke tom; ingenting er skrevet/);
    expect(readFileSync(join(out, 'rapport.md'), 'utf8')).toBe('mitt arbeid');
    const forced = await run('draft-report', LETTER, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'rapport.md'), 'utf8')).toContain('dokumenttype: årsrapport');
    expect(readFileSync(join(out, 'notater.md'), 'utf8')).toBe('mine notater');
  });

  it('with --force, still leaves alone a folder it never wrote, and never writes into the letter\'s folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'utkast-'));
    writeFileSync(join(out, 'rapport.md'), 'mitt arbeid');
    const r = await run('draft-report', LETTER, '--out', out, '--force');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/filer som styringsdok ikke har skrevet/);
    expect(readdirSync(out)).toEqual(['rapport.md']);
    const letter = copyFixture();
    const before = readdirSync(letter).sort();
    for (const target of [letter, join(letter, 'utkast'), dirname(letter)]) {
      const inside = await run('draft-report', letter, '--out', target, '--force');
      expect(inside.code).toBe(1);
      expect(inside.stderr).toMatch(/utdatamappen (ligger i|inneholder) innholdsmappen/);
    }
    expect(readdirSync(letter).sort()).toEqual(before);
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

describe('draft-report for a nynorsk letter', () => {
  const draft = async (language: 'nb' | 'nn') => {
    const letter = copyFixture();
    if (language === 'nn') edit(letter, 'brev.md', 'år: 2024\n', 'år: 2024\nspråk: nn\n');
    const out = join(mkdtempSync(join(tmpdir(), 'utkast-')), 'arsrapport');
    const r = await run('draft-report', letter, '--out', out);
    expect(r.code).toBe(0);
    return { out, r, text: files(out).map((f) => readFileSync(f, 'utf8')).join('\n') };
  };

  it('writes titles, guidance, the prinsippnote and the YAML comments in nynorsk, and no bokmål scaffold text', async () => {
    const [nb, nn] = [await draft('nb'), await draft('nn')];
    expect(nn.text).toContain('språk: nn');
    for (const s of [
      'tittel: Leiarens fråsegn', 'tittel: Verksemda og samfunnsoppdraget', 'tittel: Hovudtal 2020–2024', 'tittel: Resultat 2024',
      'tittel: Leiingskommentar', 'tittel: Prinsippnote til årsrekneskapen', 'tittel: Løyvingsrapportering',
      'Dette kapittelet gjer greie for resultata av arbeidet til TDIR i 2024, med utgangspunkt i måla, styringsparametrane og oppdraga i tildelingsbrevet for 2024.',
      'Styringsparametrar under målet (resultata står i tabellen «Resultatkrav i tildelingsbrevet»):',
      '[[fyll inn: ei samla vurdering av resultata og måloppnåinga]]', '[[fyll inn: resultat og vurdering av måloppnåinga for mål 1]]',
      '[[fyll inn: vurdering av kva som kan påverke evna TDIR har til å løyse samfunnsoppdraget og nå måla på lengre sikt]]',
      '[[fyll inn: datoen rapporten blir signert, seinast 2025-03-15]]', '[[fyll inn: namnet til leiaren]]', '[[fyll inn: samla tildeling 2024]]',
      'Årsrekneskapen er utarbeidd og avlagd etter Føresegner om økonomistyring i staten', 'Sumlinja «Netto rapportert til løyvingsrekneskapen»',
      'Rapporten svarar på tildelingsbrevet til Testdirektoratet for 2024. Teksten i denne fila blir ikkje brukt i dokumentet.',
      '# Hovudtal til del II', '# Svar på styringsparametrane og oppdraga', '# Rekneskapstal til del VI',
      'navn: Nettoordning, statleg betalt meirverdiavgift', 'navn: Folketrygdas inntekter',
    ]) expect(nn.text, s).toContain(s);

    const bokmål = [
      'Virksomheten og samfunnsoppdraget', 'Hovedtall 2020', 'Resultater 2024', 'Ledelseskommentar', 'ledelseskommentar', 'årsregnskapet', 'Bevilgningsrapportering',
      'Dette kapitlet', 'gjør rede for', 'resultatene', 'måloppnåelsen', 'styringsparameterne', 'Styringsparametere under målet', 'oppdragene',
      'Bestemmelser om økonomistyring', 'Finansdepartementets rundskriv', 'Oppstillingene', 'bevilgningsregnskapet', 'regnskapet', 'mulig overførbart',
      'lederens', 'signeres', 'senest', 'hvordan', 'hva som', 'påvirke', 'vesentlige', 'samlet vurdering', 'samlet tildeling 2', 'antall ansatte', 'denne filen', 'brukes ikke',
      'Regnskapstall', 'hentet fra', 'regnes ut', 'overføringer fra', 'statlig betalt merverdiavgift', 'Folketrygdens',
    ];
    expect(bokmål.filter((s) => nn.text.includes(s))).toEqual([]);
    // …and the bokmål draft of the same letter has every one of them, so the list stays meaningful.
    expect(bokmål.filter((s) => !nb.text.includes(s))).toEqual([]);
    // Same structure and the same number of places to fill in as the bokmål draft.
    expect(files(nn.out).map((f) => relative(nn.out, f)).sort()).toEqual(files(nb.out).map((f) => relative(nb.out, f)).sort());
    expect(markersIn(nn.out)).toHaveLength(markersIn(nb.out).length);
  });

  it('is a report on which check lists exactly the unfilled places and build --utkast succeeds', async () => {
    const { out, r } = await draft('nn');
    const markers = markersIn(out);
    expect(r.stdout).toContain(`${markers.length} steder må fylles inn`);
    const { composed, others, unfilled } = await checked(out);
    expect(others).toEqual([]);
    expect(unfilled.sort()).toEqual(markers.sort());
    expect(composed!.model.meta.language).toBe('nn-NO');

    const target = mkdtempSync(join(tmpdir(), 'utkast-bygg-'));
    const built = await run('build', out, '--out', target, '--format', 'md', '--utkast');
    expect(built.code, built.stderr).toBe(0);
    const md = readFileSync(join(target, 'arsrapport-utkast.md'), 'utf8');
    expect(md).toContain('# Feil og åtvaringar i utkastet');
    for (const h of ['# Leiarens fråsegn', '## Verksemda og samfunnsoppdraget', '## Resultat 2024', '## Leiingskommentar', '## Prinsippnote til årsrekneskapen', '## Løyvingsrapportering']) expect(headingsIn(md)).toContain(h);
  });
});
