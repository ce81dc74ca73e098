import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { JS_MARKER, loadCases, prepareCase, runCli, snapshot } from '../helpers/corpus.js';
import { copyFixture } from '../helpers/fixtures.js';

const cases = loadCases();
/** `file:line:col: feil|advarsel (field): message`, or `file: feil: message` for a whole file or folder. */
const DIAGNOSTIC = /^(.+?)(?::(\d+):(\d+))?: (feil|advarsel)(?: \(([^)]*)\))?: (.*)$/;
/** Words that would mean an untranslated message from a library reached the user. */
const ENGLISH = /\b(Error|error|Expected|expected|Unexpected|undefined|Invalid|Cannot|not defined|TypeError)\b/;

interface Seen { file: string; line?: number; severity: string; message: string }
function diagnostics(stderr: string): Seen[] {
  return stderr.split('\n').flatMap((l) => {
    const m = DIAGNOSTIC.exec(l);
    return m ? [{ file: m[1], line: m[2] ? Number(m[2]) : undefined, severity: m[4], message: m[6] }] : [];
  });
}

/** Every link and every piece of raw HTML a Markdown renderer that allows both would find in the text. */
function linksAndHtml(markdown: string): string[] {
  const md = new MarkdownIt({ html: true, linkify: false });
  md.validateLink = () => true;
  const found: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === 'link_open' && !/^(https?:|mailto:|#)/i.test(t.attrGet('href') ?? '')) found.push(`lenke ${t.attrGet('href')}`);
      if (t.type === 'image') found.push(`bilde ${t.attrGet('src')}`);
      if (t.type === 'html_block' || t.type === 'html_inline') found.push(`html ${t.content}`);
      if (t.children) visit(t.children);
    }
  };
  visit(md.parse(markdown, {}));
  return found;
}

let reference: string;
beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-ref-')), 'output');
  const r = await runCli('build', copyFixture(), '--out', out, '--format', 'md');
  expect(r.code).toBe(0);
  reference = readFileSync(join(out, 'dok.md'), 'utf8');
});

describe('the bad-input corpus (test/fixtures/bad)', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.navn, c] as const))('%s', async (_, c) => {
    const dir = prepareCase(c);
    const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-out-')), 'output');
    mkdirSync(out);
    writeFileSync(join(out, 'dok.md'), 'forrige versjon av brevet\n');
    writeFileSync(join(out, 'annet.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    const before = snapshot(out);
    rmSync(JS_MARKER, { force: true });

    const r = await runCli('build', dir, '--out', out, '--format', 'md');
    const all = `${r.stdout}\n${r.stderr}`;

    expect(r.code, all).toBe(c.kode);
    expect(all).not.toMatch(/^\s+at /m);
    expect(all).not.toMatch(/Intern feil/);
    expect(all).not.toMatch(ENGLISH);
    if (c.nyttelast) expect(existsSync(JS_MARKER), 'front matter code ran').toBe(false);
    const seen = diagnostics(r.stderr);
    if (c.fil) {
      const match = seen.find((d) => (d.file === c.fil || d.file.endsWith(`/${c.fil}`)) && new RegExp(c.melding!).test(d.message.replace(/\u00a0/g, '.')));
      expect(match, `ingen melding om ${c.fil} som passer /${c.melding}/ i:\n${r.stderr}`).toBeDefined();
      if (c.linje === null) expect(match!.line).toBeUndefined();
      else expect(match!.line, r.stderr).toBe(c.linje);
    }
    const after = snapshot(out);
    if (c.kode === 1) {
      expect(after).toEqual(before);
      expect(all).toMatch(/: feil\b/);
    } else {
      expect(Object.keys(after).sort()).toEqual(['annet.pdf', 'dok.md']);
      expect(after['annet.pdf']).toBe(before['annet.pdf']);
      expect(seen.filter((d) => d.severity === 'feil')).toEqual([]);
      const written = readFileSync(join(out, 'dok.md'), 'utf8');
      if (c.ingenLenke) expect(linksAndHtml(written)).toEqual([]);
      else expect(written).toBe(reference);
    }
  });
});
