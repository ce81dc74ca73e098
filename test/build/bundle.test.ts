import { isAscii } from 'node:buffer';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findDocuments } from '../../src/kinds/findDocuments.js';
import { runCli } from '../helpers/cli.js';
import { CONTENT, LETTER_2023 } from '../helpers/examples.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/styringsdok.js');

// The command line runs the bundle (scripts/bundle.mjs); the other tests run the sources. Both must write the same bytes.
describe('the bundled command line', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  it('writes byte for byte the DOCX, PDF, Markdown and HTML the sources write, for a single document and for a batch', async () => {
    const fromSources = join(mkdtempSync(join(tmpdir(), 'styringsdok-src-')), 'out');
    const fromBundle = join(mkdtempSync(join(tmpdir(), 'styringsdok-bundle-')), 'out');
    expect((await runCli('build', CONTENT, '--out', fromSources, '--format', 'docx,pdf,md,html')).code).toBe(0);
    const batch = spawnSync(process.execPath, [BIN, 'build', CONTENT, '--out', fromBundle, '--format', 'docx,pdf,md,html'], { encoding: 'utf8' });
    expect(batch.status, batch.stderr).toBe(0);
    const count = findDocuments(join(ROOT, 'content')).length;
    expect(batch.stdout).toMatch(new RegExp(`${count} av ${count} dokumenter bygget`));
    const single = join(mkdtempSync(join(tmpdir(), 'styringsdok-bundle-')), 'out');
    expect(spawnSync(process.execPath, [BIN, 'build', LETTER_2023, '--out', single], { encoding: 'utf8' }).status).toBe(0);
    for (const name of ['imdi-2023/tildelingsbrev', 'imdi-2023/tillegg-1', 'imdi-2023/arsrapport', 'imdi-2023/arsrapport-publisering', 'imdi-2023/halvarsrapport', 'imdi-2024/tildelingsbrev', 'imdi-2020/arsrapport', 'kd-hkdir-2024/tildelingsbrev']) {
      for (const ext of ['docx', 'pdf', 'md', 'html']) {
        expect(readFileSync(join(fromBundle, `${name}.${ext}`)).equals(readFileSync(join(fromSources, `${name}.${ext}`))), `${name}.${ext}`).toBe(true);
      }
    }
    for (const ext of ['docx', 'pdf']) expect(readFileSync(join(single, `tildelingsbrev.${ext}`)).equals(readFileSync(join(fromSources, `imdi-2023/tildelingsbrev.${ext}`)))).toBe(true);
  }, 120_000);

  it('watch, which renders the DOCX in a worker thread, writes the same bytes as a build from the sources', async () => {
    const fromSources = join(mkdtempSync(join(tmpdir(), 'styringsdok-src-')), 'out');
    const fromWatch = join(mkdtempSync(join(tmpdir(), 'styringsdok-watch-')), 'out');
    expect((await runCli('build', LETTER_2023, '--out', fromSources, '--format', 'docx,pdf')).code).toBe(0);
    const watching = spawn(process.execPath, [BIN, 'watch', LETTER_2023, '--out', fromWatch, '--format', 'docx,pdf'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    watching.stdout.on('data', (d) => (stdout += d));
    const ended = new Promise((resolve) => watching.on('close', resolve));
    try {
      await vi.waitFor(() => expect(stdout).toContain('Overvåker'), { timeout: 60_000, interval: 50 });
    } finally {
      watching.kill('SIGINT');
      await ended;
    }
    expect(stdout).toMatch(/✓ \S*tildelingsbrev → /);
    for (const ext of ['docx', 'pdf']) {
      expect(readFileSync(join(fromWatch, `tildelingsbrev.${ext}`)).equals(readFileSync(join(fromSources, `tildelingsbrev.${ext}`))), ext).toBe(true);
    }
  }, 90_000);

  it('is ASCII, so it is read as Latin-1 (escaped letters mean the same: the bytes above match the sources)', () => {
    const bundle = readFileSync(join(ROOT, 'dist/styringsdok.cjs'));
    expect(isAscii(bundle)).toBe(true);
    // The escaped letters are there: æøå in a regular expression of the sources.
    expect(bundle.toString('latin1')).toMatch(/\\u00E6\\u00F8\\u00E5/);
  });

  it('starts from the code cache the build made: V8 accepts it', () => {
    const probe = `import { loadBundle } from ${JSON.stringify(join(ROOT, 'bin/loadBundle.js'))};
      const { script } = loadBundle();
      process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ rejected: false });
  });

  it('builds from source when the code cache is missing or damaged', () => {
    // A copy of the built program (bin/, dist/, the kinds' templates) beside the installed libraries.
    const copy = mkdtempSync(join(tmpdir(), 'styringsdok-nocache-'));
    for (const dir of ['bin', 'dist']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    cpSync(join(ROOT, 'src', 'kinds'), join(copy, 'src', 'kinds'), { recursive: true, filter: (path) => !path.endsWith('.ts') });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const cache = join(copy, 'dist/styringsdok.cjs.cache');
    const expected = join(mkdtempSync(join(tmpdir(), 'styringsdok-cached-')), 'out');
    expect(spawnSync(process.execPath, [BIN, 'build', LETTER_2023, '--out', expected, '--format', 'docx'], { encoding: 'utf8' }).status).toBe(0);
    for (const damage of [() => rmSync(cache), () => writeFileSync(cache, 'ikke en kodebuffer')]) {
      damage();
      const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-nocache-out-')), 'out');
      const r = spawnSync(process.execPath, [join(copy, 'bin/styringsdok.js'), 'build', LETTER_2023, '--out', out, '--format', 'docx'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(out, 'tildelingsbrev.docx')).equals(readFileSync(join(expected, 'tildelingsbrev.docx')))).toBe(true);
    }
  }, 60_000);

  it('compiled the built-in templates ahead: the bundle holds the compiled form of each', () => {
    const bundle = readFileSync(join(ROOT, 'dist/styringsdok.cjs'), 'utf8');
    const templates = readdirSync(join(ROOT, 'src', 'kinds'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs'));
    const compiled = bundle.match(/compiler:\[8,">= 4\.3\.0"\],main:function/g) ?? [];
    expect(templates.length).toBeGreaterThan(10);
    expect(compiled.length).toBe(templates.length);
  });
});
