import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

// The PDF as archives and readers see it: poppler (pdfinfo, pdffonts) and qpdf. Signatures: signatures.test.ts.
const LETTER = join(import.meta.dirname, '../../content/imdi-2023/tildelingsbrev');
const out = mkdtempSync(join(tmpdir(), 'styringsdok-interop-pdf-'));
const pdf = join(out, 'tildelingsbrev.pdf');

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

/** Every object of the letter as qpdf's JSON (version 2) gives it. */
function qpdfObjects(): Array<{ value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } }> {
  const json = JSON.parse(tool('qpdf', '--json', '--json-key=qpdf', pdf).out) as { qpdf: [unknown, Record<string, never>] };
  return Object.values(json.qpdf[1]);
}

beforeAll(async () => {
  expect((await cli('build', LETTER, '--out', out, '--format', 'pdf')).code).toBe(0);
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

  it('the XMP also identifies PDF/UA-1, with the extension schema PDF/A asks for, in a stream with one /Length', () => {
    const meta = tool('pdfinfo', '-meta', pdf).out;
    expect(meta).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(meta).toMatch(/<pdfaSchema:prefix>pdfuaid<\/pdfaSchema:prefix>[\s\S]*<pdfaProperty:name>part<\/pdfaProperty:name>/);
    const streams = qpdfObjects().map((o) => o.stream?.dict).filter((d) => d?.['/Type'] === '/Metadata');
    expect(streams).toHaveLength(1);
    expect(Object.keys(streams[0]!).sort()).toEqual(['/Length', '/Subtype', '/Type']);
  });

  it('every page with links has /Tabs /S, so the tab order follows the structure', () => {
    const pages = qpdfObjects().map((o) => o.value).filter((v) => v?.['/Type'] === '/Page');
    const withLinks = pages.filter((p) => p!['/Annots']);
    expect(withLinks.length).toBeGreaterThan(0);
    for (const page of withLinks) expect(page!['/Tabs']).toBe('/S');
  });

  it('pdfinfo -struct: headings, tables with header cells, lists, TOC and links', () => {
    const struct = tool('pdfinfo', '-struct', pdf).out;
    const roles = new Set(struct.split('\n').map((line) => line.trim().split(/[\s:]/)[0]));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Link']) {
      expect(roles, role).toContain(role);
    }
    expect(struct).toMatch(/TH:\s*\n\s*\/Scope \/Column/);
    const text = tool('pdfinfo', '-struct-text', pdf).out;
    expect(text).toContain('"1. Innledning"');
    expect(text).toContain('"Nr."');
    // Page furniture is not in the structure tree.
    expect(text).not.toMatch(/"Side \d+ av \d+"/);
    expect(text).not.toContain('"Postadresse"');
  });
});
