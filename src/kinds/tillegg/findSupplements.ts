import { MAIN_FILE } from './mainFile.js';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadFolder } from '../../load/loadFolder.js';
import { assignmentSchema } from '../tildelingsbrev/schema.js';
import { tilleggSchema } from './schema.js';
import type { AssignmentEntry, Supplement } from './content.js';


/**
 * The tillegg that supplement the letter in `letterDir`: folders beside the letter (and beside any of
 * `alsoBeside`) with a tillegg.md whose `tildelingsbrev` points at the letter. Sorted by number.
 * Files that do not parse are skipped here; checking that tillegg on its own reports them.
 */
export function findSupplements(letterDir: string, alsoBeside: readonly string[] = []): Supplement[] {
  const target = resolve(letterDir);
  const parents = [...new Set([dirname(target), ...alsoBeside.map((d) => dirname(resolve(d)))])];
  const dirs = new Set<string>();
  for (const parent of parents) {
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && existsSync(join(parent, entry.name, MAIN_FILE))) dirs.add(join(parent, entry.name));
    }
  }
  const found: Supplement[] = [];
  for (const dir of dirs) {
    const supplement = readSupplement(dir);
    if (supplement && resolve(dir, supplement.tillegg.tildelingsbrev) === target) found.push(supplement);
  }
  return found.sort((a, b) => a.tillegg.nr - b.tillegg.nr || a.dir.localeCompare(b.dir));
}

/** Reads a tillegg folder's main file and assignments; undefined when tillegg.md does not parse. */
export function readSupplement(dir: string): Supplement | undefined {
  const folder = loadFolder(dir);
  const file = folder.files.get(MAIN_FILE);
  if (!file) return undefined;
  const parsed = tilleggSchema.safeParse(file.yaml.data);
  if (!parsed.success) return undefined;
  const assignments: AssignmentEntry[] = [];
  for (const [name, f] of folder.files) {
    if (!name.startsWith('oppdrag/') || !name.endsWith('.md')) continue;
    const a = assignmentSchema.safeParse(f.yaml.data);
    if (a.success) assignments.push({ assignment: a.data, text: f.body, file: f });
  }
  assignments.sort((a, b) => compareIds(a.assignment.id, b.assignment.id));
  return { dir, tillegg: parsed.data, file, assignments };
}

export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'nb', { numeric: true });
}
