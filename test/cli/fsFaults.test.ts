import * as realFs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/corpus.js';
import { copyFixture } from '../helpers/fixtures.js';
import { snapshot } from '../helpers/corpus.js';
import { plainPdf } from '../helpers/plainPdf.js';
import { makeTestCertificate } from '../helpers/testCertificate.js';

// Root ignores file permissions, so the faults a user meets (a read-only share, a full disk, a file they may not
// read) are injected into the fs calls the program makes: a call on a path under a faulty folder fails with the errno.
const faults = vi.hoisted(() => ({ read: new Map<string, string>(), write: new Map<string, string>(), noHardLinks: false, linksRefused: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fail = (kind: 'read' | 'write', path: unknown, syscall: string) => {
    for (const [prefix, code] of faults[kind]) {
      if (String(path) === prefix || String(path).startsWith(prefix + sep)) throw Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), { code, syscall, path: String(path) });
    }
  };
  const wrapped = {
    ...fs,
    readFileSync: ((path: realFs.PathOrFileDescriptor, ...rest: unknown[]) => (fail('read', path, 'open'), (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest))) as typeof fs.readFileSync,
    readdirSync: ((path: realFs.PathLike, ...rest: unknown[]) => (fail('read', path, 'scandir'), (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest))) as typeof fs.readdirSync,
    mkdirSync: ((path: realFs.PathLike, ...rest: unknown[]) => {
      if (!fs.existsSync(path)) fail('write', path, 'mkdir');
      return (fs.mkdirSync as (...a: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.mkdirSync,
    linkSync: ((existing: realFs.PathLike, path: realFs.PathLike) => {
      if (faults.noHardLinks && ++faults.linksRefused) throw Object.assign(new Error('EPERM: injected, link'), { code: 'EPERM', syscall: 'link', path: String(existing) });
      return fs.linkSync(existing, path);
    }) as typeof fs.linkSync,
    openSync: ((path: realFs.PathLike, flags?: unknown, ...rest: unknown[]) => {
      if (flags === 'wx' || flags === 'w') fail('write', path, 'open');
      return (fs.openSync as (...a: unknown[]) => number)(path, flags, ...rest);
    }) as typeof fs.openSync,
  };
  return { ...wrapped, default: wrapped };
});

afterEach(() => {
  faults.noHardLinks = false;
  faults.read.clear();
  faults.write.clear();
});

const outFolder = () => {
  const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-feil-')), 'output');
  mkdirSync(out);
  writeFileSync(join(out, 'dok.md'), 'forrige versjon\n');
  return out;
};

async function expectUserError(args: string[], message: RegExp) {
  const r = await runCli(...args);
  const all = `${r.stdout}\n${r.stderr}`;
  expect(r.code, all).toBe(1);
  expect(all).toMatch(message);
  expect(all).not.toMatch(/Intern feil|^\s+at |Error:/m);
  return all;
}

describe('file-system faults are user errors: Norwegian, the path named, exit 1, nothing written', () => {
  it('a content file that cannot be read (EACCES) is reported as that file\'s problem', async () => {
    const dir = copyFixture();
    const out = outFolder();
    const before = snapshot(out);
    faults.read.set(join(dir, 'maal', '1.md'), 'EACCES');
    await expectUserError(['build', dir, '--out', out, '--format', 'md'], /maal\/1\.md: feil: kan ikke lese den: ingen tilgang\n\s+→ Gi deg selv lesetilgang/);
    expect(snapshot(out)).toEqual(before);
  });

  it('a content folder that cannot be read (EACCES) is reported, and the other files still checked', async () => {
    const dir = copyFixture();
    faults.read.set(join(dir, 'oppdrag'), 'EACCES');
    const all = await expectUserError(['check', dir], /oppdrag: feil: kan ikke lese den: ingen tilgang/);
    expect(all).not.toMatch(/maal\/1\.md/);
  });

  it.each([
    ['EROFS', /kan ikke skrive til den: filsystemet er skrivebeskyttet/],
    ['EACCES', /kan ikke skrive til den: ingen tilgang/],
    ['ENOSPC', /kan ikke skrive til den: disken er full/],
    ['EDQUOT', /diskkvoten din er brukt opp/],
  ])('writing the outputs fails with %s: the earlier output stays, no temporaries', async (code, message) => {
    const out = outFolder();
    const before = snapshot(out);
    faults.write.set(out, code);
    await expectUserError(['build', copyFixture(), '--out', out, '--format', 'md,docx'], message);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out)).toEqual(['dok.md']);
  });

  it('an output folder that cannot be created (read-only mount) is one clear error', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'styringsdok-feil-'));
    faults.write.set(join(parent, 'ro'), 'EROFS');
    await expectUserError(['build', copyFixture(), '--out', join(parent, 'ro', 'output'), '--format', 'md'], /ro\/output: kan ikke opprette den: filsystemet er skrivebeskyttet/);
  });

  it('a batch (on worker threads, where no fault is injected) reports a document it cannot write as a file error and builds the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'styringsdok-feil-'));
    for (const name of ['a', 'b']) realFs.cpSync(copyFixture(), join(root, name), { recursive: true });
    const out = join(mkdtempSync(join(tmpdir(), 'styringsdok-feil-')), 'output');
    mkdirSync(join(out, 'a.md'), { recursive: true });
    const r = await runCli('build', root, '--out', out, '--format', 'md');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.md: kan ikke skrive filen: det står en mappe med dette navnet/);
    expect(r.stdout).toMatch(/filfeil/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/Intern feil/);
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toMatch(/^# /m);
  });

  it('a content argument that is a file', async () => {
    const file = join(copyFixture(), 'brev.md');
    await expectUserError(['build', file, '--out', outFolder()], /brev\.md: feil: dette er en fil, ikke en mappe/);
    await expectUserError(['check', file], /brev\.md: feil: dette er en fil, ikke en mappe/);
  });

  it('an output whose name is taken by a folder', async () => {
    const out = outFolder();
    mkdirSync(join(out, 'dok.docx'));
    await expectUserError(['build', copyFixture(), '--out', out, '--format', 'md,docx'], /dok\.docx: kan ikke skrive filen: det står en mappe med dette navnet/);
    expect(readFileSync(join(out, 'dok.md'), 'utf8')).toBe('forrige versjon\n');
  });

  it('a file system without hard links (FAT, some network shares): the old outputs are backed up as copies, and the build succeeds', async () => {
    const out = outFolder();
    writeFileSync(join(out, 'dok.docx'), 'forrige docx');
    faults.noHardLinks = true;
    const r = await runCli('build', copyFixture(), '--out', out, '--format', 'md,docx');
    expect(r.code, r.stderr).toBe(0);
    expect(faults.linksRefused).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['dok.docx', 'dok.md']);
    expect(readFileSync(join(out, 'dok.md'), 'utf8')).toMatch(/^# /m);
    expect(readFileSync(join(out, 'dok.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('sign --out into a read-only folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styringsdok-feil-'));
    const cert = makeTestCertificate();
    writeFileSync(join(dir, 'test.p12'), cert.p12);
    writeFileSync(join(dir, 'brev.pdf'), await plainPdf());
    process.env.STYRINGSDOK_FEIL_PASS = cert.passphrase;
    mkdirSync(join(dir, 'signert'));
    faults.write.set(join(dir, 'signert'), 'EROFS');
    await expectUserError(['sign', join(dir, 'brev.pdf'), '--p12', join(dir, 'test.p12'), '--passphrase-env', 'STYRINGSDOK_FEIL_PASS', '--out', join(dir, 'signert', 'brev.pdf')], /signert\/brev\.pdf: kan ikke skrive til den: filsystemet er skrivebeskyttet/);
    expect(readdirSync(join(dir, 'signert'))).toEqual([]);
  });

  it('with --json, a file error is in the JSON on standard out', async () => {
    const out = outFolder();
    faults.write.set(out, 'ENOSPC');
    const r = await runCli('build', copyFixture(), '--out', out, '--format', 'md', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(json.dokumenter[0].feilmelding).toMatch(/dok\.md: kan ikke skrive til den: disken er full/);
    expect(json.dokumenter[0].skrevet).toEqual([]);
  });
});
