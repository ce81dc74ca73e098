import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileSystemError, FileSystemError, isErrnoError, onPath } from '../load/fileSystemError.js';
import { specialFileSystem } from '../load/paths.js';

/** The file-system calls the writes make; tests replace one of them to inject a failure at an exact point. */
export interface WriteIo {
  writeFile(path: string, data: Uint8Array | string): void;
  rename(from: string, to: string): void;
  /** Keeps the current version of `existing` at `path` until the new one is in place. */
  backup(existing: string, path: string): void;
}

const nodeIo: WriteIo = {
  writeFile(path, data) {
    const fd = fs.openSync(path, 'wx');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  backup(existing, path) {
    try {
      fs.linkSync(existing, path);
    } catch (e) {
      // File systems without hard links (FAT on a memory stick, some network shares) get a copy instead.
      if (!isErrnoError(e) || !['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS'].includes(e.code!)) throw e;
      fs.copyFileSync(existing, path);
    }
  },
};

/** Temporaries (`.NAME.PID.tmp`) and backups of replaced files (`.NAME.PID.bak`) that the writes below make. */
const OWN_TEMPORARY = /^\..+\.(\d+)\.(tmp|bak)$/;
const temporary = (path: string, kind: 'tmp' | 'bak') => join(dirname(path), `.${basename(path)}.${process.pid}.${kind}`);

/**
 * Writes a file so that readers only ever see the old or the complete new version (see writeTogether).
 */
export function writeAtomic(path: string, data: Uint8Array | string, io: WriteIo = nodeIo): void {
  writeTogether([[path, data]], io);
}

/**
 * Replaces a set of files (a document's DOCX and PDF, a draft's folder) together or not at all. Each file is
 * written to a temporary name beside its target and flushed to disk; only then are they renamed over the
 * targets. If a rename fails, the files already renamed get their old versions back (kept as hard links, or
 * copies, until all renames succeed), and every temporary is removed, so the earlier outputs stay as they were.
 * A crash between the steps leaves at most temporaries, which the next write to the folder removes.
 */
export function writeTogether(files: ReadonlyArray<readonly [string, Uint8Array | string]>, io: WriteIo = nodeIo): void {
  for (const [path] of files) refuseSpecial(path);
  for (const dir of new Set(files.map(([path]) => dirname(path)))) {
    onPath(dir, 'opprette', () => fs.mkdirSync(dir, { recursive: true }));
    removeStaleTemporaries(dir);
  }
  for (const [path] of files) {
    if (fs.statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      throw new FileSystemError(path, 'kan ikke skrive filen: det står en mappe med dette navnet', 'Flytt eller gi nytt navn til mappen, eller velg en annen utdatamappe med --out.', 'EISDIR');
    }
  }
  const written: string[] = [];
  const backups = new Map<string, string>();
  const renamed: string[] = [];
  try {
    for (const [path, data] of files) {
      const temp = temporary(path, 'tmp');
      fs.rmSync(temp, { force: true });
      written.push(temp);
      onPath(path, 'skrive', () => io.writeFile(temp, data));
    }
    for (const [path] of files) {
      if (!fs.existsSync(path)) continue;
      const backup = temporary(path, 'bak');
      fs.rmSync(backup, { force: true });
      onPath(path, 'skrive', () => io.backup(path, backup));
      backups.set(path, backup);
    }
    for (const [path] of files) {
      onPath(path, 'skrive', () => io.rename(temporary(path, 'tmp'), path));
      renamed.push(path);
    }
  } catch (e) {
    restore(renamed, backups);
    for (const temp of written) fs.rmSync(temp, { force: true });
    throw e;
  } finally {
    for (const backup of backups.values()) fs.rmSync(backup, { force: true });
  }
}

/** Puts back the old versions of the files already renamed into place; a file that did not exist before is removed. */
function restore(renamed: readonly string[], backups: ReadonlyMap<string, string>): void {
  for (const path of renamed) {
    const backup = backups.get(path);
    if (backup) fs.renameSync(backup, path);
    else fs.rmSync(path, { force: true });
  }
}

function refuseSpecial(path: string): void {
  const full = resolveLinks(resolve(path));
  // mkdir and write there fail in odd ways, or retry forever.
  const special = specialFileSystem(full);
  if (special) {
    throw new FileSystemError(path, `kan ikke skrive her: ${special} er et spesielt filsystem for operativsystemet, ikke en vanlig mappe`, 'Velg en vanlig mappe med --out, for eksempel output.', 'EINVAL');
  }
}

/** The path with the links in its existing part resolved, so a link into /proc is seen for what it is. */
function resolveLinks(full: string): string {
  let existing = full;
  while (!fs.existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(fs.realpathSync(existing), full.slice(existing.length));
  } catch {
    return full; // an unreadable ancestor: the write itself will say what is wrong
  }
}

/** Removes temporaries this program left in `dir` when a write was stopped (by a crash or a kill); never another running process's. */
function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    if (isErrnoError(e)) throw fileSystemError(e, dir, 'lese');
    throw e;
  }
  for (const name of names) {
    const m = OWN_TEMPORARY.exec(name);
    if (!m || running(Number(m[1]))) continue;
    onPath(join(dir, name), 'slette', () => fs.rmSync(join(dir, name), { force: true }));
  }
}

function running(pid: number): boolean {
  if (pid === process.pid) return true; // this process's other threads may be writing beside us
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
