import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makeTestCertificate } from '../helpers/testCertificate.js';

// The PDF as archives, readers and signature checkers see it: poppler (pdfinfo, pdffonts, pdfsig) and qpdf.
const LETTER = join(import.meta.dirname, '../../content/imdi-2023/tildelingsbrev');
const out = mkdtempSync(join(tmpdir(), 'styringsdok-interop-pdf-'));
const pdf = join(out, 'tildelingsbrev.pdf');
const signed = join(out, 'tildelingsbrev-signert.pdf');
const PASS_VAR = 'STYRINGSDOK_INTEROP_PASS';

/** Runs a tool; output is stdout and stderr together (pdfsig reports on both), with the exit status. */
function tool(cmd: string, ...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The CLI in this process, its output captured. */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let text = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((text += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((text += String(s)), true));
  try {
    return { code: await main(args), out: text };
  } finally {
    vi.restoreAllMocks();
  }
}
afterEach(() => vi.restoreAllMocks());

/** Appends a minimal, well-formed incremental update (one new object, its xref section and a trailer). */
function appendIncrementalUpdate(file: Buffer): Buffer {
  const text = file.toString('latin1');
  const size = Number([...text.matchAll(/\/Size (\d+)/g)].at(-1)?.[1]);
  const root = [...text.matchAll(/\/Root (\d+ \d+ R)/g)].at(-1)?.[1];
  const prev = Number([...text.matchAll(/startxref\s+(\d+)/g)].at(-1)?.[1]);
  expect(Number.isInteger(size) && root && Number.isInteger(prev)).toBeTruthy();
  const base = file.subarray(0, text.trimEnd().length);
  const object = `\n${size} 0 obj\n<< /Endret (etter signering) >>\nendobj\n`;
  const xrefAt = base.length + object.length;
  const update = `${object}xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(base.length + 1).padStart(10, '0')} 00000 n \n`
    + `trailer\n<< /Size ${size + 1} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([base, Buffer.from(update, 'latin1')]);
}

beforeAll(async () => {
  expect((await cli('build', LETTER, '--out', out, '--format', 'pdf')).code).toBe(0);
  const cert = makeTestCertificate();
  const p12 = join(mkdtempSync(join(tmpdir(), 'styringsdok-interop-cert-')), 'test.p12');
  writeFileSync(p12, cert.p12);
  process.env[PASS_VAR] = cert.passphrase;
  const r = await cli('sign', pdf, '--p12', p12, '--passphrase-env', PASS_VAR, '--out', signed);
  expect(r.code, r.out).toBe(0);
});

describe('the 2023 letter as PDF/A-2a, checked with qpdf and poppler', () => {
  it('qpdf --check finds no errors and no warnings', () => {
    const r = tool('qpdf', '--check', pdf);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('No syntax or stream encoding errors found');
    expect(r.out).not.toMatch(/WARNING/i);
  });

  it('pdffonts: every font is embedded', () => {
    const rows = tool('pdffonts', pdf).out.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  it('pdfinfo: tagged, with the title, and the XMP identifies PDF/A-2', () => {
    const info = tool('pdfinfo', pdf).out;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Tildelingsbrev til Integrerings- og mangfoldsdirektoratet for 2023$/m);
    const meta = tool('pdfinfo', '-meta', pdf).out;
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(meta).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(meta).toContain('<rdf:li>nb-NO</rdf:li>');
  });

  it('pdfinfo -struct: headings, tables with header cells, lists, TOC and links', () => {
    const struct = tool('pdfinfo', '-struct', pdf).out;
    const roles = new Set(struct.split('\n').map((line) => line.trim().split(/[\s:]/)[0]));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Link']) {
      expect(roles, role).toContain(role);
    }
    expect(struct).toMatch(/TH:\s*\n\s*\/Scope \/Column/);
    const text = tool('pdfinfo', '-struct-text', pdf).out;
    expect(text).toContain('"1 Innledning"');
    expect(text).toContain('"Nr."');
    // Page furniture is not in the structure tree.
    expect(text).not.toMatch(/"Side \d+ av \d+"/);
    expect(text).not.toContain('"Postadresse"');
  });
});

describe('the signed letter', () => {
  it('pdfsig: the signature is valid and covers the whole document; verify agrees', async () => {
    const r = tool('pdfsig', signed);
    expect(r.out).toContain('Signature is Valid');
    expect(r.out).toMatch(/^\s*- Total document signed$/m);
    const v = await cli('verify', signed);
    expect(v.code, v.out).toBe(0);
    expect(v.out).toMatch(/Signerte data: uendret/);
  });

  it('stays tagged PDF/A-2 after signing, and qpdf still finds it sound', () => {
    expect(tool('pdfinfo', signed).out).toMatch(/^Tagged:\s+yes$/m);
    expect(tool('pdfinfo', '-meta', signed).out).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(tool('pdfinfo', '-struct', signed).out).toMatch(/^\s+TH:/m);
    const check = tool('qpdf', '--check', signed);
    expect(check.status, check.out).toBe(0);
    expect(check.out).not.toMatch(/WARNING/i);
  });

  it('a byte flipped inside the signed range: pdfsig and verify report the damage', async () => {
    const bytes = Buffer.from(readFileSync(signed));
    // A letter of the title in the (uncompressed) XMP packet: the file stays readable, the signed bytes change.
    const at = bytes.indexOf('<rdf:li xml:lang="x-default">Tildelingsbrev', 0, 'latin1') + '<rdf:li xml:lang="x-default">'.length;
    expect(at).toBeGreaterThan(100);
    bytes[at] ^= 0x20;
    const damaged = join(out, 'skadet.pdf');
    writeFileSync(damaged, bytes);
    const r = tool('pdfsig', damaged);
    expect(r.out).not.toContain('Signature is Valid');
    expect(r.out).toMatch(/Signature is Invalid|Digest Mismatch/);
    const v = await cli('verify', damaged);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/Signerte data: ENDRET/);
  });

  it('an incremental update appended after signing: verify reports it', async () => {
    const updated = join(out, 'endret.pdf');
    writeFileSync(updated, appendIncrementalUpdate(readFileSync(signed)));
    expect(tool('qpdf', '--check', updated).status).toBe(0);
    const r = tool('pdfsig', updated);
    expect(r.out).toMatch(/^\s*- Not total document signed$/m);
    const v = await cli('verify', updated);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/Lagt til etter signering: JA/);
  });
});
