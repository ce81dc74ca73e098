import type { Diagnostic } from '../core/diagnostics.js';
import { decimalOf, roundToInteger, shift } from '../format/decimal.js';
import { formatNumber, MAX_KRONER } from '../format/numbers.js';
import type { LoadedFolder } from '../load/loadFolder.js';
import { at } from './located.js';
import { checkListDepth } from './markdownChecks.js';
import { fieldPath } from './zodIssues.js';

/** What no content may exceed, whatever the document kind: amounts (amountLimits) and list nesting (listLimits). */
export function contentLimits(folder: LoadedFolder): Diagnostic[] {
  return [...amountLimits(folder), ...listLimits(folder)];
}

/** Every Markdown text, file bodies and multi-line YAML texts, for lists nested deeper than a DOCX can hold. */
function listLimits(folder: LoadedFolder): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of folder.files.values()) {
    out.push(...checkListDepth(file.body, { file: file.file, line: file.bodyLine }));
    const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: file.yaml.data, path: [] }];
    while (stack.length > 0) {
      const { value, path } = stack.pop()!;
      if (typeof value === 'string' && value.includes('\n')) {
        // A multi-line text is a block (`|`) starting on the line after its key.
        out.push(...checkListDepth(value, { file: file.file, line: file.yaml.locate(path).line + 1, field: fieldPath(path) || undefined }));
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
      }
    }
  }
  return out;
}

/**
 * Every number in every content file, in kroner (a number under a mapping with `enhet: mill. kroner` counts in
 * millions; see LIST_UNITS for the lists with a unit of their own), must be at most MAX_KRONER: beyond it, sums in whole kroner would no longer be exact. Numbers that are
 * not amounts (years, chapter numbers) are far below it.
 */
function amountLimits(folder: LoadedFolder): Diagnostic[] {
  const out: Diagnostic[] = [];
  const limit = BigInt(MAX_KRONER);
  for (const file of folder.files.values()) {
    const stack: Array<{ value: unknown; path: PropertyKey[]; millions: boolean }> = [{ value: file.yaml.data, path: [], millions: false }];
    while (stack.length > 0) {
      const { value, path, millions } = stack.pop()!;
      if (typeof value === 'number' && Number.isFinite(value)) {
        // Far below the limit, a floating-point comparison cannot be wrong; near it, the exact decimal decides.
        if (Math.abs(value) * (millions ? 1e6 : 1) < MAX_KRONER / 2) continue;
        const kroner = roundToInteger(shift(decimalOf(Math.abs(value)), millions ? 6 : 0));
        if (kroner > limit) {
          out.push(at(file, path, 'feil', `beløpet ${formatNumber(value, decimalsOf(value))}${millions ? ' mill. kroner' : ''} er større enn det største tillatte beløpet, ${formatNumber(MAX_KRONER)} kroner`, 'Sjekk beløpet og enheten (kroner eller mill. kroner).'));
        }
      } else if (value && typeof value === 'object') {
        const here = Array.isArray(value) ? millions : 'enhet' in value ? (value as { enhet: unknown }).enhet === 'mill. kroner' : millions;
        for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key], millions: LIST_UNITS[key] ?? here });
      }
    }
  }
  return out;
}

/** Lists whose entries have a unit of their own unless they give one (the schemas' `enhet` defaults): true for millions. */
const LIST_UNITS: Record<string, boolean | undefined> = { finansiering: true, bindinger: true, budsjettendringer: true, tabeller: false, kapitler: false };

const decimalsOf = (value: number) => decimalOf(value).scale;
