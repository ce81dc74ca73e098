import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { ContentFile } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import { readText } from '../../load/readText.js';
import { parseYaml } from '../../load/yamlSource.js';

/** The ministry's shared facts (name, addresses, telephone, org. no., web), used by all its letters. */
export const DEFAULTS_FILE = 'departement.yaml';

/** The nearest departement.yaml in the letter's folder's parents, or undefined. */
export function findDefaults(dir: string): string | undefined {
  for (let at = dirname(resolve(dir)); ; at = dirname(at)) {
    const path = join(at, DEFAULTS_FILE);
    if (existsSync(path)) return path;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * brev.md with the ministry's facts from the nearest departement.yaml filled in under `avsender:` where the letter
 * does not give them itself: what the letter writes wins. Positions in messages stay those of brev.md.
 */
export function withMinistryDefaults(mainFile: ContentFile, dir: string, diagnostics: Diagnostic[]): ContentFile {
  const path = findDefaults(dir);
  if (!path) return mainFile;
  const text = readText(path);
  if (!text.ok) {
    diagnostics.push(text.diagnostic);
    return mainFile;
  }
  const parsed = parseYaml(text.text, displayPath(path));
  diagnostics.push(...parsed.diagnostics);
  const defaults = parsed.source?.data;
  const data = mainFile.yaml.data;
  if (!isRecord(defaults) || !isRecord(data)) return mainFile;
  const own = isRecord(data.avsender) ? data.avsender : {};
  return { ...mainFile, yaml: { ...mainFile.yaml, data: { ...data, avsender: { ...defaults, ...own } } } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
