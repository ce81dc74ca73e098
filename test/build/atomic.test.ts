import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderAndWrite } from '../../src/build/buildDocument.js';
import { writeTogether } from '../../src/build/writeAtomic.js';
import { FileSystemError } from '../../src/load/fileSystemError.js';
import { checkDocument, composeChecked } from '../../src/documents.js';
import { runCli } from '../helpers/corpus.js';
import { copyFixture, SMALL_LETTER } from '../helpers/fixtures.js';

// The PDF renderer fails in the middle of every build in this file.
vi.mock('../../src/render/pdf/index.js', () => ({
  renderPdf: vi.fn(async () => {
    throw new Error('injisert feil midt i byggingen');
  }),
}));

function seededOutput(): { out: string; before: Record<string, string> } {
  const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-atomic-')), 'output');
  mkdirSync(out);
  writeFileSync(join(out, 'dok.md'), 'forrige md\n');
  writeFileSync(join(out, 'dok.pdf'), '%PDF-forrige\n');
  return { out, before: Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])) };
}
const contents = (out: string) => Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));

describe('atomic outputs', () => {
  it('a renderer failing mid-build leaves the previous outputs untouched and no temporary files', async () => {
    const { composed } = composeChecked(await checkDocument(SMALL_LETTER));
    const { out, before } = seededOutput();
    // md is rendered first and succeeds; pdf fails after it: nothing may be written.
    await expect(renderAndWrite(composed!, join(out, 'dok'), ['md', 'pdf'])).rejects.toThrow('injisert feil');
    expect(contents(out)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it('through the CLI: the failure is reported as an internal error (exit 2), outputs untouched', async () => {
    const { out, before } = seededOutput();
    const r = await runCli('build', copyFixture(), '--out', out, '--format', 'md,pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Intern feil i styringsdok/);
    expect(contents(out)).toEqual(before);
  });

  it('a write that fails (the target is a folder) leaves no temporary file behind', async () => {
    const { composed } = composeChecked(await checkDocument(SMALL_LETTER));
    const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-atomic-')), 'output');
    mkdirSync(join(out, 'dok.md'), { recursive: true });
    await expect(renderAndWrite(composed!, join(out, 'dok'), ['md'])).rejects.toThrow();
    expect(readdirSync(out)).toEqual(['dok.md']);
    expect(existsSync(join(out, 'dok.md'))).toBe(true);
  });
});

describe('a document\'s outputs are replaced together', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: injisert`), { code, syscall: 'write' });

  it('a rename failing after the first file was renamed puts the first file\'s old version back', () => {
    const { out, before } = seededOutput();
    let renames = 0;
    const io = { ...realIo(), rename: (from: string, to: string) => {
      if (++renames === 2) throw errno('EIO');
      renameSync(from, to);
    } };
    expect(() => writeTogether([[join(out, 'dok.md'), 'ny md\n'], [join(out, 'dok.pdf'), '%PDF-ny\n']], io)).toThrow(FileSystemError);
    expect(renames).toBe(2);
    expect(contents(out)).toEqual(before);
  });

  it('a full disk while writing the second file leaves every earlier output and no temporaries', () => {
    const { out, before } = seededOutput();
    let writes = 0;
    const io = { ...realIo(), writeFile: (path: string, data: Uint8Array | string) => {
      if (++writes === 2) throw errno('ENOSPC');
      writeFileSync(path, data);
    } };
    let error: FileSystemError | undefined;
    try {
      writeTogether([[join(out, 'dok.md'), 'ny md\n'], [join(out, 'dok.pdf'), '%PDF-ny\n']], io);
    } catch (e) {
      error = e as FileSystemError;
    }
    expect(error?.message).toMatch(/dok\.pdf: kan ikke skrive til den: disken er full/);
    expect(error?.hint).toMatch(/Frigjør plass/);
    expect(contents(out)).toEqual(before);
  });

  it('a file that did not exist before is removed again when a later rename fails', () => {
    const out = mkdtempSync(join(tmpdir(), 'styringsdok-atomic-'));
    writeFileSync(join(out, 'dok.pdf'), '%PDF-forrige\n');
    let renames = 0;
    const io = { ...realIo(), rename: (from: string, to: string) => {
      if (++renames === 2) throw errno('EACCES');
      renameSync(from, to);
    } };
    expect(() => writeTogether([[join(out, 'dok.md'), 'ny\n'], [join(out, 'dok.pdf'), '%PDF-ny\n']], io)).toThrow(/ingen tilgang/);
    expect(contents(out)).toEqual({ 'dok.pdf': '%PDF-forrige\n' });
  });

  it('removes temporaries a stopped build left, but not those of a process still running', () => {
    const out = mkdtempSync(join(tmpdir(), 'styringsdok-atomic-'));
    const dead = 2 ** 22 + 17; // above Linux's pid_max default: no such process
    writeFileSync(join(out, `.dok.pdf.${dead}.tmp`), 'halv');
    writeFileSync(join(out, `.dok.docx.${dead}.bak`), 'gammel');
    writeFileSync(join(out, `.dok.md.${process.ppid}.tmp`), 'en annen prosess skriver');
    writeFileSync(join(out, 'notat.tmp'), 'brukerens fil');
    writeTogether([[join(out, 'dok.md'), 'ny\n']]);
    expect(readdirSync(out).sort()).toEqual([`.dok.md.${process.ppid}.tmp`, 'dok.md', 'notat.tmp']);
  });

  it('refuses an output on a special file system at once', () => {
    expect(() => writeTogether([['/proc/styringsdok/dok.pdf', 'x']])).toThrow(/\/proc er et spesielt filsystem/);
  });

  it('an output whose name is taken by a folder is a clear error, and nothing is written', () => {
    const { out, before } = seededOutput();
    rmSync(join(out, 'dok.pdf'));
    mkdirSync(join(out, 'dok.pdf'));
    const { ['dok.pdf']: _, ...rest } = before;
    expect(() => writeTogether([[join(out, 'dok.md'), 'ny\n'], [join(out, 'dok.pdf'), 'x']])).toThrow(/det står en mappe med dette navnet/);
    expect(readdirSync(out).sort()).toEqual(['dok.md', 'dok.pdf']);
    expect(readFileSync(join(out, 'dok.md'), 'utf8')).toBe(rest['dok.md']);
  });
});

describe('output folders the user got wrong (CLI)', () => {
  it('--out naming a file: exit 1, a Norwegian message naming it, no stack trace', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'styringsdok-atomic-')), 'output');
    writeFileSync(file, 'en fil');
    const r = await runCli('build', copyFixture(), '--out', file, '--format', 'md');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^feil: .*output: kan ikke opprette den: det står en fil med dette navnet, der mappen skulle vært/m);
    expect(r.stderr).not.toMatch(/Intern feil|^\s+at /m);
    expect(readFileSync(file, 'utf8')).toBe('en fil');
  });

  it('an output name too long for the file system: exit 1, a Norwegian message', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-atomic-')), 'o'.repeat(300));
    const r = await runCli('build', copyFixture(), '--out', out, '--format', 'md');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/navnet eller stien er for lang/);
  });

  it('--out under /proc: exit 1 at once', async () => {
    const r = await runCli('build', copyFixture(), '--out', '/proc/styringsdok', '--format', 'md');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/proc er et spesielt filsystem/);
  });
});

function realIo() {
  return {
    writeFile: (path: string, data: Uint8Array | string) => writeFileSync(path, data, { flag: 'wx' }),
    rename: (from: string, to: string) => renameSync(from, to),
    backup: (existing: string, path: string) => linkSync(existing, path),
  };
}

describe('special file systems behind a link', () => {
  it('an output folder that is a link into /proc is refused at once', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'styringsdok-atomic-')), 'output');
    symlinkSync('/proc/self', link);
    expect(() => writeTogether([[join(link, 'ny', 'dok.pdf'), 'x']])).toThrow(/\/proc er et spesielt filsystem/);
  });
});

describe('outputs inside the document folder', () => {
  it('are refused, since the next build would read them as content', async () => {
    const dir = copyFixture();
    const r = await runCli('build', dir, '--out', join(dir, 'utdata'), '--format', 'md');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/utdata\/dok: feil: utdata kan ikke skrives inn i dokumentmappen/);
    expect(existsSync(join(dir, 'utdata'))).toBe(false);
  });
});
