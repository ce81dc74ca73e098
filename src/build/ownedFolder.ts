import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { onPath } from '../load/fileSystemError.js';
import { displayPath, isInside } from '../load/paths.js';
import { writeTogether } from './writeAtomic.js';

/**
 * The list of files a generating command (new-year, draft-report) wrote into its output folder, one path per line.
 * With it, `--force` can replace exactly those files and never touch anything the user put there.
 */
export const MANIFEST = '.styringsdok-filer';

const problem = (path: string, message: string, hint: string): Diagnostic => ({ severity: 'feil', file: displayPath(path), line: 0, col: 0, message, hint });

/** A path with its links resolved as far as it exists, so a link cannot hide that two folders are the same. */
function real(path: string): string {
  const full = resolve(path);
  return existsSync(full) ? realpathSync(full) : full;
}

/** Why `out` cannot be the output folder for content read from `source`: it is, contains or lies inside it. */
export function overlapProblem(out: string, source: string): Diagnostic | undefined {
  const [o, s] = [real(out), real(source)];
  if (o === s || isInside(s, o)) return problem(out, `utdatamappen ligger i innholdsmappen ${displayPath(source)}`, 'Velg en mappe ved siden av, for eksempel content/imdi-2024/tildelingsbrev.');
  if (isInside(o, s)) return problem(out, `utdatamappen inneholder innholdsmappen ${displayPath(source)}; den kunne blitt skrevet over`, 'Velg en egen, ny mappe for utkastet.');
  return undefined;
}

function readManifest(out: string): Set<string> | undefined {
  const path = join(out, MANIFEST);
  if (!existsSync(path)) return undefined;
  const names = onPath(path, 'lese', () => readFileSync(path, 'utf8')).split('\n');
  // A list edited by hand must not reach outside the folder.
  return new Set(names.filter((name) => name && isInside(out, join(out, name))));
}

/**
 * Whether a command may write into `out`: an empty or missing folder always; a folder with files only with
 * `force`, and then only when every file the command would replace is one it wrote there before.
 * `names` (relative paths with forward slashes) can be left out for the check before the files are made.
 */
export function writeProblem(out: string, force: boolean, names?: Iterable<string>): Diagnostic | undefined {
  const kind = statSync(out, { throwIfNoEntry: false });
  if (!kind) return undefined;
  if (!kind.isDirectory()) return problem(out, 'dette er en fil, ikke en mappe', 'Oppgi en mappe som ikke finnes ennå, eller en tom mappe.');
  if (onPath(out, 'lese', () => readdirSync(out)).length === 0) return undefined;
  if (!force) return problem(out, 'mappen finnes allerede og er ikke tom; ingenting er skrevet', 'Velg en annen mappe, eller bruk --force for å erstatte filene programmet selv skrev der sist.');
  const owned = readManifest(out);
  if (!owned) return problem(out, 'mappen inneholder filer som styringsdok ikke har skrevet; den endres ikke, heller ikke med --force', 'Velg en tom mappe, eller flytt filene dine ut av mappen først.');
  for (const name of names ?? []) {
    if (!owned.has(name) && existsSync(join(out, name))) return problem(join(out, name), 'filen er ikke skrevet av styringsdok og ville blitt erstattet; ingenting er skrevet', 'Flytt eller gi nytt navn til filen, eller velg en annen mappe.');
  }
  return undefined;
}

/**
 * Writes a generated folder's files (name → content) into `out` together with its manifest, all or nothing, and
 * then removes the files the command wrote there last time that are no longer part of it. Nothing else in the
 * folder is touched. Call writeProblem first.
 */
export function writeOwned(out: string, files: ReadonlyMap<string, Uint8Array | string>): void {
  const before = readManifest(out) ?? new Set<string>();
  const names = [...files.keys()].sort();
  writeTogether([...[...files].map(([name, data]) => [join(out, name), data] as const), [join(out, MANIFEST), `${names.join('\n')}\n`]]);
  for (const name of before) {
    const path = join(out, name);
    if (!files.has(name) && statSync(path, { throwIfNoEntry: false })?.isFile()) onPath(path, 'slette', () => rmSync(path));
  }
}
