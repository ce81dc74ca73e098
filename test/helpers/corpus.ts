import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPORT_2020 } from './examples.js';
import { copyFixture, FIXTURES, SMALL_HALF_YEAR } from './fixtures.js';

export const BAD = join(FIXTURES, 'bad');

/** One case of the bad-input corpus: test/fixtures/bad/<navn>/sak.json (+ files under filer/ copied over the letter). */
export interface Case {
  navn: string;
  beskrivelse: string;
  /**
   * "tom": start from an empty folder; "halvårsrapport": from the small valid halvårsrapport; "årsrapport": from the
   * 2020 example report; otherwise the small valid letter.
   */
  grunnlag?: 'tom' | 'halvårsrapport' | 'årsrapport';
  /** Text replacements in the copied letter; `regex: true` reads `fra` as a regular expression. */
  endre?: Array<{ fil: string; fra: string; til: string }>;
  regex?: boolean;
  slett?: string[];
  /** Files made by the test rather than committed: binary, non-UTF-8, BOM, CRLF, 10 MB, deep YAML, symbolic links. */
  generer?: { type: 'binær' | 'latin1' | 'bom' | 'crlf' | '10mb' | 'dyp-yaml' | 'symlenke-ut' | 'symlenke-brutt' | 'symlenke-ring' | 'utf8-surrogat'; fil: string };
  kode: 0 | 1;
  /** The file the message must name, and its line (null: a folder-level problem that has no line). */
  fil?: string;
  linje?: number | null;
  /** Regular expression the message must match. */
  melding?: string;
  /** The build succeeds, and the output must not contain a link or raw HTML. */
  ingenLenke?: boolean;
  /** The case holds front matter code that would write this marker file if it ever ran. */
  nyttelast?: boolean;
}

export const JS_MARKER = join(tmpdir(), 'styringsdok-js-forside-kjort');

export function loadCases(): Case[] {
  return readdirSync(BAD)
    .filter((n) => existsSync(join(BAD, n, 'sak.json')))
    .sort()
    .map((navn) => ({ navn, ...JSON.parse(readFileSync(join(BAD, navn, 'sak.json'), 'utf8')) }));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Builds the case's document folder in a fresh temporary directory; returns its path (always ".../dok"). */
export function prepareCase(c: Case): string {
  let dir: string;
  if (c.grunnlag === 'tom') {
    dir = join(mkdtempSync(join(tmpdir(), 'styringsdok-')), 'dok');
    mkdirSync(dir);
  } else dir = copyFixture(c.grunnlag === 'halvårsrapport' ? SMALL_HALF_YEAR : c.grunnlag === 'årsrapport' ? REPORT_2020 : undefined);
  for (const f of c.slett ?? []) rmSync(join(dir, f));
  for (const { fil, fra, til } of c.endre ?? []) {
    const path = join(dir, fil);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(c.regex ? new RegExp(fra) : fra, til);
    if (next === text) throw new Error(`${c.navn}: «${fra}» finnes ikke i ${fil}`);
    writeFileSync(path, next);
  }
  const overlay = join(BAD, c.navn, 'filer');
  if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  if (c.generer) generate(dir, c.generer);
  return dir;
}

function generate(dir: string, g: NonNullable<Case['generer']>): void {
  const path = join(dir, g.fil);
  mkdirSync(dirname(path), { recursive: true });
  switch (g.type) {
    case 'binær': // the start of a PNG file, saved with a .md name
      writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
      break;
    case 'latin1':
      writeFileSync(path, Buffer.from(readFileSync(path, 'utf8'), 'latin1'));
      break;
    case 'bom':
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
      break;
    case 'crlf':
      for (const file of walk(dir)) writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
      break;
    case '10mb': {
      const line = 'Dette er en svært lang tekst som gjentas for å lage en innholdsfil på ti megabyte.\n';
      const head = '---\ntittel: Prioriteringer\n---\n';
      const size = 10 * 1024 * 1024;
      const body = line.repeat(Math.ceil(size / Buffer.byteLength(line)));
      writeFileSync(path, Buffer.from(head + body).subarray(0, size));
      break;
    }
    case 'dyp-yaml': // front matter nested 3 000 levels deep, block style
      writeFileSync(path, `---\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:\n`).join('')}${' '.repeat(3000)}b: 1\n---\nTekst.\n`);
      break;
    case 'symlenke-ut': { // a chapter that is a link to a file outside the document folder
      const outside = join(mkdtempSync(join(tmpdir(), 'styringsdok-utenfor-')), 'hemmelig.md');
      writeFileSync(outside, '---\ntittel: Sikkerhet\n---\nTekst utenfor mappen.\n');
      symlinkSync(outside, path);
      break;
    }
    case 'symlenke-brutt':
      symlinkSync(join(dir, 'finnes-ikke.md'), path);
      break;
    case 'utf8-surrogat': { // bytes no UTF-8 decoder accepts, after the first words of the body
      const [before, after] = readFileSync(path, 'utf8').split('handler om ');
      writeFileSync(path, Buffer.concat([Buffer.from(`${before}handler om `), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(after)]));
      break;
    }
    case 'symlenke-ring':
      symlinkSync(`${path}.2`, path);
      symlinkSync(path, `${path}.2`);
      break;
  }
}

/** Runs the CLI in-process and captures what a user would see. */
export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A snapshot of a folder: relative path → bytes (as base64) and size, for "nothing changed" checks. */
export function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(walk(dir).map((p) => [p.slice(dir.length + 1), `${statSync(p).size}:${readFileSync(p).toString('base64')}`]));
}
