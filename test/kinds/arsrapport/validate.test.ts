import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, composeChecked } from '../../../src/documents.js';
import { formatDiagnostic } from '../../../src/core/diagnostics.js';

const EXAMPLE = join(import.meta.dirname, '../../../content/imdi-2023');

/** A private copy of the 2023 example (letter and report side by side, as the report's path to the letter expects). */
function copyExample(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'styringsdok-ar-')), 'imdi-2023');
  cpSync(join(EXAMPLE, 'tildelingsbrev'), join(root, 'tildelingsbrev'), { recursive: true });
  cpSync(join(EXAMPLE, 'arsrapport'), join(root, 'arsrapport'), { recursive: true });
  return join(root, 'arsrapport');
}
const messages = async (dir: string) => composeChecked(await checkDocument(dir)).diagnostics.map(formatDiagnostic);
const errors = async (dir: string) => composeChecked(await checkDocument(dir)).diagnostics.filter((d) => d.severity === 'feil');
const edit = (dir: string, file: string, from: string, to: string) => {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(join(dir, file), text.replace(from, to));
};

describe('årsrapport: the six parts', () => {
  it('the example report has no errors and no warnings', async () => {
    const { composed, diagnostics } = composeChecked(await checkDocument(copyExample()));
    expect(composed).toBeDefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('an unfilled [[fyll inn …]] is an error at its place, so the report is not built', async () => {
    const dir = copyExample();
    edit(dir, 'resultater.yaml', 'status: Gjennomført.', 'status: "[[fyll inn: status for oppdrag 2023-12]]"');
    const { composed, diagnostics } = composeChecked(await checkDocument(dir));
    expect(composed).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/resultater\.yaml:\d+:\d+: feil \(.*\): ikke utfylt: \[\[fyll inn: status for oppdrag 2023-12\]\]/)]);
  });

  it('a missing part IV is an error naming the folder and what is expected', async () => {
    const dir = copyExample();
    rmSync(join(dir, 'deler/4-styring-og-kontroll'), { recursive: true });
    const e = await errors(dir);
    expect(e).toHaveLength(1);
    expect(e[0].file).toMatch(/arsrapport\/deler\/?$/);
    expect(e[0].message).toBe('del IV «Styring og kontroll i virksomheten» mangler');
    expect(e[0].hint).toContain('deler/4-styring-og-kontroll/');
  });

  it('swapping parts III and IV is an error naming the misplaced part\'s file', async () => {
    const dir = copyExample();
    renameSync(join(dir, 'deler/3-aktiviteter-og-resultater'), join(dir, 'deler/x'));
    renameSync(join(dir, 'deler/4-styring-og-kontroll'), join(dir, 'deler/3-styring-og-kontroll'));
    renameSync(join(dir, 'deler/x'), join(dir, 'deler/4-aktiviteter-og-resultater'));
    const e = await errors(dir);
    expect(e).toHaveLength(1);
    expect(e[0].file).toMatch(/deler\/4-aktiviteter-og-resultater\/del\.md$/);
    expect(e[0].line).toBe(2);
    expect(e[0].message).toBe('del III «Årets aktiviteter og resultater» står etter del IV «Styring og kontroll i virksomheten»; delene skal komme i rekkefølgen I–VI');
  });

  it('an extra or misspelt part is an error with the six names', async () => {
    const dir = copyExample();
    edit(dir, 'deler/5-framtidsutsikter/del.md', 'Vurdering av framtidsutsikter', 'Vurdering av fremtidsutsikter');
    const m = (await messages(dir)).filter((s) => s.includes('feil'));
    expect(m.some((s) => /deler\/5-framtidsutsikter\/del\.md:2:\d+: feil \(tittel\): ukjent del «Vurdering av fremtidsutsikter» – mente du «Vurdering av framtidsutsikter»\?/.test(s))).toBe(true);
    expect(m.some((s) => s.includes('del V «Vurdering av framtidsutsikter» mangler'))).toBe(true);
  });

  it('a nynorsk report needs, and shows, the nynorsk part names', async () => {
    const dir = copyExample();
    edit(dir, 'rapport.md', 'språk: nb', 'språk: nn');
    const m = (await errors(dir)).map((d) => d.message);
    expect(m).toContain('«Leders beretning» er navnet på del I på bokmål, men rapporten er på nynorsk');
    const nn = ['Leiarens fråsegn', 'Introduksjon til verksemda og hovudtal', 'Aktivitetar og resultat i 2023', 'Styring og kontroll i verksemda', 'Vurdering av framtidsutsikter', 'Årsrekneskap'];
    const folders = ['1-leders-beretning', '2-introduksjon-og-hovedtall', '3-aktiviteter-og-resultater', '4-styring-og-kontroll', '5-framtidsutsikter', '6-arsregnskap'];
    folders.forEach((f, i) => writeFileSync(join(dir, 'deler', f, 'del.md'), `---\ntittel: ${nn[i]}\n---\n`));
    const { composed, diagnostics } = composeChecked(await checkDocument(dir));
    expect(diagnostics.filter((d) => d.severity === 'feil')).toEqual([]);
    const h1 = composed!.model.blocks.filter((b) => b.type === 'heading' && b.level === 1 && b.number).map((b) => b.type === 'heading' ? `${b.number} ${b.content.map((r) => r.text).join('')}` : '');
    expect(h1).toEqual(nn.map((n, i) => `${i + 1} ${n}`));
    expect(composed!.model.meta.language).toBe('nn-NO');
  });
});

describe('årsrapport: sums and answers to the letter', () => {
  it('unequal «Netto rapportert til bevilgningsregnskapet» is an error at regnskap.yaml\'s artskonto line', async () => {
    const dir = copyExample();
    edit(dir, 'regnskap.yaml', '    regnskap: 356104512', '    regnskap: 356104612');
    const e = await errors(dir);
    expect(e).toHaveLength(1);
    const line = readFileSync(join(dir, 'regnskap.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('artskonto:')) + 1;
    expect(formatDiagnostic(e[0])).toMatch(new RegExp(`regnskap\\.yaml:${line}:\\d+: feil \\(artskonto\\): «Netto rapportert til bevilgningsregnskapet» er ulik i de to oppstillingene: bevilgningsrapporteringen gir 18\\u00a0580\\u00a0174\\u00a0232, artskontorapporteringen 18\\u00a0580\\u00a0174\\u00a0132 \\(forskjell 100\\)`));
  });

  it('a note that does not add up to its artskonto line is an error', async () => {
    const dir = copyExample();
    edit(dir, 'regnskap.yaml', '- 171903240', '- 171903241');
    expect((await errors(dir)).map((d) => d.message)).toEqual([expect.stringMatching(/^summen av note 2 \(i år\) er 232\u00a0418\u00a0901, men artskontolinjen «lønn» er 232\u00a0418\u00a0900$/)]);
  });

  it('lists the goal, parameter and assignment the report does not answer', async () => {
    const dir = copyExample();
    rmSync(join(dir, 'deler/3-aktiviteter-og-resultater/mal-5.md'));
    const results = readFileSync(join(dir, 'resultater.yaml'), 'utf8');
    writeFileSync(join(dir, 'resultater.yaml'), results.replace(/  - nr: SP 2\n(    .*\n)+?(?=  - nr: SP 3)/, '').replace(/  - id: 2023-01\n(    .*\n)+?(?=  - id: 2023-02)/, ''));
    // Removing a goal's chapter also leaves the text's «kap. 3.7» pointing nowhere; that warning is checked elsewhere.
    const warnings = composeChecked(await checkDocument(dir)).diagnostics.filter((d) => d.severity === 'advarsel' && !d.message.startsWith('ikke utfylt') && !d.message.startsWith('teksten viser til')).map((d) => d.message);
    expect(warnings).toEqual([
      'mål 5 «Offentlig sektor har tilstrekkelig tilgang på, og bruker, kvalifiserte tolker» i tildelingsbrevet er ikke besvart i del III',
      'styringsparameter SP 2 (mål 1) «Resultater av IMDis innsats for at innvandrere styrker sine norskferdigheter» er ikke besvart',
      'oppdrag 2023-01 «Kunnskapsformidling om godkjenningsordningene for utenlandsk utdanning og yrkeskvalifikasjoner» er ikke besvart',
    ]);
  });

  it('without «tildelingsbrev» the report is valid, with one warning that the answers to the letter are not checked', async () => {
    const dir = copyExample();
    edit(dir, 'rapport.md', 'tildelingsbrev: ../tildelingsbrev\n', '');
    rmSync(join(dir, 'deler/3-aktiviteter-og-resultater/mal-5.md')); // would be an unanswered goal if the letter were read
    const { composed, diagnostics } = composeChecked(await checkDocument(dir));
    expect(composed).toBeDefined();
    const warnings = diagnostics.filter((d) => d.severity !== 'advarsel' || !(d.message.startsWith('ikke utfylt') || d.message.startsWith('teksten viser til')));
    expect(warnings).toHaveLength(1);
    expect(formatDiagnostic(warnings[0])).toMatch(/rapport\.md:1:1: advarsel \(tildelingsbrev\): rapporten oppgir ikke tildelingsbrevet den svarer på, så det er ikke kontrollert at alle mål, styringsparametere og oppdrag i brevet er besvart/);
  });

  it('a path to a folder without a letter is an error at the field', async () => {
    const dir = copyExample();
    edit(dir, 'rapport.md', 'tildelingsbrev: ../tildelingsbrev', 'tildelingsbrev: ../brev');
    expect((await errors(dir)).map(formatDiagnostic)[0]).toMatch(/rapport\.md:\d+:\d+: feil \(tildelingsbrev\): fant ikke tildelingsbrevet: .*brev har ingen brev\.md/);
  });
});
