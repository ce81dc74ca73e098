import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { docxParts, textOf } from '../helpers/docxXml.js';
import { CONTENT } from '../helpers/examples.js';
import { copyFixture, edit } from '../helpers/fixtures.js';
import { pdfTagging, pdfText } from '../helpers/pdfText.js';

const tempOut = () => join(mkdtempSync(join(tmpdir(), 'styringsdok-out-')), 'output');

/** The small letter with two errors: a goal number that is not a number and a date that does not exist. */
function letterWithErrors(): string {
  const dir = copyFixture();
  edit(dir, 'maal/2.md', 'nr: 2', 'nr: to');
  edit(dir, 'oppdrag/2024-01.md', 'dato: 2024-06-01', 'dato: 31.06.2024');
  return dir;
}

describe('build --utkast', () => {
  it('without --utkast, a letter with errors is not written', async () => {
    const out = tempOut();
    const r = await run('build', letterWithErrors(), '--out', out, '--format', 'docx,pdf');
    expect(r.code).toBe(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('writes the letter despite its errors, in every format asked for, with -utkast in the names', async () => {
    const out = tempOut();
    const r = await run('build', letterWithErrors(), '--out', out, '--format', 'docx,pdf,html,md', '--utkast');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['dok-utkast.docx', 'dok-utkast.html', 'dok-utkast.md', 'dok-utkast.pdf']);
    expect(r.stderr).toMatch(/maal\/2\.md:2:5: feil \(nr\): forventet et tall/);
    expect(r.stdout).toMatch(/✓ .*dok-utkast\.pdf.*utkast med 2 feil/);

    const pdf = readFileSync(join(out, 'dok-utkast.pdf'));
    const pages = await pdfText(pdf);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toContain('UTKAST');
    // The mark is an artifact: the tagged text has no UTKAST.
    const tagging = await pdfTagging(pdf);
    expect(tagging.tagged.flat().join(' ')).not.toContain('UTKAST');
    expect(tagging.artifacts.every((texts) => texts.includes('UTKAST'))).toBe(true);
    // The last page lists the diagnostics as file:line:col: message.
    const last = pages[pages.length - 1].replace(/\s+/g, ' ');
    expect(last).toContain('Feil og advarsler i utkastet');
    expect(last).toMatch(/maal\/2\.md:2:5: forventet et tall, fant teksten «to»/);
    expect(last).toMatch(/oppdrag\/2024-01\.md:6:25: «31\.06\.2024» er ikke en gyldig dato/);

    const parts = await docxParts(readFileSync(join(out, 'dok-utkast.docx')));
    const headers = [...parts.keys()].filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.length).toBe(2); // the first page's and the others'
    for (const name of headers) expect(textOf(parts.get(name)!)).toContain('UTKAST');
    expect(textOf(parts.get('word/document.xml')!)).toMatch(/Feil og advarsler i utkastet.*maal\/2\.md:2:5: forventet et tall/);

    const html = readFileSync(join(out, 'dok-utkast.html'), 'utf8');
    expect(html).toContain('<p class="utkast" role="note">UTKAST</p>');
    expect(readFileSync(join(out, 'dok-utkast.md'), 'utf8')).toMatch(/^::: utkast\nUTKAST\n:::\n/);
  });

  it('says why there is no draft when the content cannot be read at all', async () => {
    const dir = copyFixture();
    edit(dir, 'brev.md', /^---\n/, '---\ntittel: [uavsluttet\n');
    const out = tempOut();
    const r = await run('build', dir, '--out', out, '--utkast');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/brev\.md:2:\d+: feil: YAML-syntaksfeil/);
    expect(r.stdout).toMatch(/✗ .*ingenting skrevet \(heller ikke et utkast: innholdet kan ikke leses før feilene over er rettet\)/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const plain = await run('build', dir, '--out', out);
    expect(plain.stdout).not.toContain('utkast');
  });

  it('will not sign a draft', async () => {
    const r = await run('build', letterWithErrors(), '--utkast', '--sign', '--p12', 'x.p12');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--sign kan ikke brukes med --utkast');
  });

  it('an unfilled [[fyll inn …]] stops the årsrapport, but stays visible in its drafts (both versions)', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'styringsdok-ar-')), 'imdi-2023');
    cpSync(join(CONTENT, 'imdi-2023', 'tildelingsbrev'), join(root, 'tildelingsbrev'), { recursive: true });
    cpSync(join(CONTENT, 'imdi-2023', 'arsrapport'), join(root, 'arsrapport'), { recursive: true });
    const report = join(root, 'arsrapport');
    edit(report, 'resultater.yaml', 'status: Gjennomført.', 'status: "[[fyll inn: status for oppdrag 2023-12]]"');

    const check = await run('check', report);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/resultater\.yaml:\d+:\d+: feil .*ikke utfylt: \[\[fyll inn: status for oppdrag 2023-12\]\]/);

    const out = tempOut();
    expect((await run('build', report, '--out', out, '--format', 'pdf')).code).toBe(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    expect((await run('build', report, '--out', out, '--format', 'pdf', '--utkast')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['arsrapport-publisering-utkast.pdf', 'arsrapport-utkast.pdf']);
    for (const name of readdirSync(out)) {
      const text = (await pdfText(readFileSync(join(out, name)))).join('\n').replace(/\s+/g, ' ');
      expect(text).toContain('[[fyll inn: status for oppdrag 2023-12]]');
      expect(text).toMatch(/resultater\.yaml:\d+:\d+: ikke utfylt: \[\[fyll inn: status for oppdrag 2023-12\]\]/);
    }
  });

  it('a draft of an årsrapport with a part missing still has the parts there are', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'styringsdok-ar-')), 'imdi-2023');
    cpSync(join(CONTENT, 'imdi-2023', 'tildelingsbrev'), join(root, 'tildelingsbrev'), { recursive: true });
    cpSync(join(CONTENT, 'imdi-2023', 'arsrapport'), join(root, 'arsrapport'), { recursive: true });
    rmSync(join(root, 'arsrapport', 'deler', '4-styring-og-kontroll'), { recursive: true });
    const out = tempOut();
    expect((await run('build', join(root, 'arsrapport'), '--out', out, '--format', 'md', '--utkast')).code).toBe(0);
    const md = readFileSync(join(out, 'arsrapport-utkast.md'), 'utf8');
    for (const part of ['Leders beretning', 'Årets aktiviteter og resultater', 'Årsregnskap']) expect(md).toMatch(new RegExp(`^# .*${part}`, 'm'));
    expect(md).toContain('del IV «Styring og kontroll i virksomheten» mangler');
  });
});
