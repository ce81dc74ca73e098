import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A path as shown to the user: relative to the working directory when inside it, with forward slashes. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  const shown = rel && !rel.startsWith('..') ? rel : resolve(path);
  return shown.split(sep).join('/');
}

/** True when `target` lies inside `folder` (after resolving "..", not following links). */
export function isInside(folder: string, target: string): boolean {
  const rel = relative(resolve(folder), resolve(target));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The kernel's views (/proc, /sys, /dev): never content, never a place for outputs. */
const SPECIAL_FILE_SYSTEMS = ['/proc', '/sys', '/dev'];

/** The special file system `path` (already resolved) lies in, if any. */
export function specialFileSystem(path: string): string | undefined {
  return SPECIAL_FILE_SYSTEMS.find((root) => path === root || path.startsWith(`${root}/`));
}
