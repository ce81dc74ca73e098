import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asFileSystemError, fileSystemError, onPath } from '../../src/load/fileSystemError.js';

const errno = (code: string, syscall = 'open', path = '/data/brev.md') => Object.assign(new Error(`${code}: x`), { code, syscall, path });

describe('file-system errors in Norwegian', () => {
  it.each([
    ['EACCES', 'ingen tilgang'], ['EPERM', 'ingen tilgang'], ['EROFS', 'skrivebeskyttet'], ['ENOSPC', 'disken er full'],
    ['EDQUOT', 'diskkvoten'], ['EEXIST', 'finnes allerede noe'], ['EISDIR', 'det er en mappe'], ['ENOTDIR', 'en del av stien er en fil'],
    ['ENOENT', 'den finnes ikke'], ['ELOOP', 'går i ring'], ['ENAMETOOLONG', 'for lang'], ['EMFILE', 'for mange åpne filer'],
    ['ENFILE', 'for mange åpne filer'], ['EBUSY', 'i bruk av et annet program'], ['EIO', 'lese- eller skrivefeil'], ['EXDEV', 'annen disk'],
    ['EINVAL', 'støtter ikke'], ['ECONNRESET', 'ECONNRESET'],
  ])('%s names the path, says what went wrong and what to do', (code, text) => {
    const e = fileSystemError(errno(code));
    expect(e.message).toMatch(/^\/data\/brev\.md: kan ikke lese den/);
    expect(e.message).toContain(text);
    expect(e.hint.length).toBeGreaterThan(10);
    expect(e.message + e.hint).not.toMatch(/\b(Error|error|permission|denied|file)\b/);
  });

  it('says what was being done: reading, writing, creating, deleting', () => {
    expect(fileSystemError(errno('EACCES', 'mkdir')).message).toContain('kan ikke opprette den');
    expect(fileSystemError(errno('EEXIST', 'mkdir')).message).toContain('det står en fil med dette navnet, der mappen skulle vært');
    expect(fileSystemError(errno('EACCES', 'rename')).message).toContain('kan ikke flytte den');
    expect(fileSystemError(errno('EACCES', 'unlink')).message).toContain('kan ikke slette den');
    expect(fileSystemError(errno('EACCES', 'open'), '/ut/brev.pdf', 'skrive').message).toBe('/ut/brev.pdf: kan ikke skrive til den: ingen tilgang');
  });

  it('understands the Node codes rmSync and cpSync use, and only errors from the file system', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'styringsdok-fs-')), 'mappe');
    mkdirSync(dir);
    expect(() => onPath(dir, 'slette', () => rmSync(dir))).toThrow(/mappe: kan ikke slette den: det er en mappe/);
    expect(asFileSystemError(new TypeError('x'))).toBeUndefined();
    expect(asFileSystemError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
  });
});
