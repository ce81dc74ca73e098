import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/load/frontMatter.js';
import { readText } from '../../src/load/readText.js';

describe('front matter', () => {
  it('parses YAML front matter with positions and finds where the body starts', () => {
    const { source, diagnostics } = parseMarkdownFile('---\nnr: 1\ntittel: Mål\nstyringsparametere:\n  - tekst: A\n---\n# Tekst\n', 'x.md');
    expect(diagnostics).toEqual([]);
    expect(source!.front.data).toEqual({ nr: 1, tittel: 'Mål', styringsparametere: [{ tekst: 'A' }] });
    expect(source!.front.locate(['tittel'])).toEqual({ line: 3, col: 9 });
    expect(source!.front.locate(['styringsparametere', 0, 'tekst'])).toEqual({ line: 5, col: 12 });
    expect(source!.bodyLine).toBe(7);
    expect(source!.body).toBe('# Tekst\n');
  });

  it('keeps dates as text (YAML 1.2 core schema)', () => {
    const { source } = parseMarkdownFile('---\ndato: 2023-01-20\nid: 2023-01\n---\n', 'x.md');
    expect(source!.front.data).toEqual({ dato: '2023-01-20', id: '2023-01' });
  });

  it('never runs ---js front matter', () => {
    const marker = `styringsdok_ran_${Date.now()}`;
    const { source, diagnostics } = parseMarkdownFile(`---js\n{ a: (globalThis.${marker} = 1) }\n---\nTekst\n`, 'x.md');
    expect(source).toBeUndefined();
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ severity: 'feil', file: 'x.md', line: 1 });
    expect(diagnostics[0].message).toMatch(/bare YAML er tillatt/);
  });

  it('reports YAML syntax errors at their real line', () => {
    const { diagnostics } = parseMarkdownFile('---\nnr: 1\ntittel: [uavsluttet\nannet: x\n---\n', 'x.md');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0].message).toMatch(/^YAML-syntaksfeil/);
    expect(diagnostics[0].line).toBeGreaterThanOrEqual(3);
  });

  it('reports a duplicate key', () => {
    const { diagnostics } = parseMarkdownFile('---\nnr: 1\nnr: 2\n---\n', 'x.md');
    expect(diagnostics[0]).toMatchObject({ line: 3 });
    expect(diagnostics[0].message).toMatch(/samme nøkkel står to ganger/);
  });
});

describe('reading content files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'styringsdok-read-'));
  const write = (name: string, data: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };

  it('drops a byte-order mark and CRLF line endings', () => {
    const result = readText(write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\nnr: 1\r\n---\r\nTekst\r\n')])));
    expect(result).toEqual({ ok: true, text: '---\nnr: 1\n---\nTekst\n' });
  });

  it('refuses binary and non-UTF-8 files with a Norwegian message', () => {
    const binary = readText(write('bilde.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])));
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.diagnostic.message).toMatch(/ikke en tekstfil/);
    const latin1 = readText(write('latin1.md', Buffer.from('Tildeling for \xe5ret', 'latin1')));
    expect(latin1.ok).toBe(false);
    if (!latin1.ok) expect(latin1.diagnostic.message).toMatch(/UTF-8/);
  });
});
