import type { z } from 'zod';
import type { ContentFile } from '../load/loadFolder.js';
import type { YamlSource } from '../load/yamlSource.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { closest } from './suggest.js';

type Issue = z.core.$ZodIssue;

/** "styringsparametere[2].tekst" with 1-based list positions, as a person counts. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, step) => (typeof step === 'number' ? `${s}[${step + 1}]` : s ? `${s}.${String(step)}` : String(step)), '');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst', number: 'et tall', int: 'et heltall', boolean: 'true eller false', array: 'en liste',
  object: 'et sett med felt (nøkkel: verdi)', undefined: 'ingenting', null: 'ingenting (tom verdi)', bigint: 'et tall',
};

function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'en tom verdi';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'et sett med felt';
  if (typeof value === 'string') return `teksten «${value.length > 40 ? `${value.slice(0, 40)}…` : value}»`;
  if (typeof value === 'number') return `tallet ${String(value).replace('.', ',')}`;
  return `«${String(value)}»`;
}

/** Known keys of the object schema found by following `path` through the schema (best effort). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (n: unknown): unknown[] => {
    const def = (n as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    switch (def.type) {
      case 'optional': case 'default': case 'nullable': case 'prefault': case 'readonly': case 'catch':
        return unwrap(def.innerType);
      case 'pipe': return unwrap(def.in);
      case 'union': return (def.options as unknown[]).flatMap(unwrap);
      default: return [n];
    }
  };
  let nodes = unwrap(node);
  for (const step of path) {
    const next: unknown[] = [];
    for (const n of nodes) {
      const def = (n as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (def.type === 'object' && typeof step === 'string') {
        const child = (def.shape as Record<string, unknown>)[step];
        if (child) next.push(...unwrap(child));
      } else if (def.type === 'array' && typeof step === 'number') next.push(...unwrap(def.element));
      else if (def.type === 'tuple' && typeof step === 'number') next.push(...unwrap((def.items as unknown[])[step]));
    }
    nodes = next;
  }
  node = nodes;
  return nodes.flatMap((n) => {
    const def = (n as { _zod: { def: Record<string, unknown> } })._zod.def;
    return def.type === 'object' ? Object.keys(def.shape as object) : [];
  });
}

/** Turns zod's issues into Norwegian diagnostics positioned in the YAML source. */
export function issuesToDiagnostics(issues: readonly Issue[], source: YamlSource, schema: z.ZodType, pathPrefix: readonly PropertyKey[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (path: readonly PropertyKey[], message: string, hint?: string, atKey = false) => {
    const full = [...pathPrefix, ...path];
    out.push({ severity: 'feil', file: source.file, ...source.locate(full, atKey), field: fieldPath(full) || undefined, message, hint });
  };
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const guess = closest(key, known.filter((k) => !issue.keys.includes(k)));
          add([...path, key], `ukjent felt «${key}»${guess ? ` – mente du «${guess}»?` : ''}`,
            guess ? `Rett navnet til «${guess}».` : `Tillatte felt her er: ${known.join(', ')}.`, true);
        }
        break;
      }
      case 'invalid_type': {
        const input = (issue as { input?: unknown }).input;
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        if (input === undefined) {
          const name = String(path[path.length - 1] ?? '');
          add(path, `påkrevd felt «${name}» mangler`, `Legg til «${name}:» med ${expected}.`);
        } else {
          add(path, `forventet ${expected}, fant ${describeValue(input)}`, hintForType(issue.expected, input));
        }
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map((v) => `«${String(v)}»`);
        const input = (issue as { input?: unknown }).input;
        if (input === undefined) {
          const name = String(path[path.length - 1] ?? '');
          add(path, `påkrevd felt «${name}» mangler`, values.length === 1 ? `Legg til «${name}: ${String(issue.values[0])}».` : `Legg til «${name}:» med en av verdiene ${values.join(', ')}.`);
          break;
        }
        add(path, `ugyldig verdi ${describeValue(input)}`, values.length === 1 ? `Skriv ${values[0]}.` : `Tillatte verdier: ${values.join(', ')}.`);
        break;
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'array') add(path, `listen må ha minst ${min} element`, 'Legg til det som mangler i listen.');
        else if (issue.origin === 'string') add(path, 'teksten er tom', 'Skriv inn en tekst, eller fjern feltet hvis det er valgfritt.');
        else add(path, `verdien må være ${issue.inclusive ? 'minst' : 'større enn'} ${String(min).replace('.', ',')}`);
        break;
      }
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'array') add(path, `listen kan ha høyst ${max} element`);
        else if (issue.origin === 'string') add(path, `teksten er for lang (høyst ${max} tegn)`);
        else add(path, `verdien kan være høyst ${String(max).replace('.', ',')}`);
        break;
      }
      case 'invalid_format':
        add(path, issue.message.startsWith('Invalid') ? `ugyldig format` : issue.message);
        break;
      case 'invalid_union': {
        const input = (issue as { input?: unknown }).input;
        if (input === undefined) {
          const name = String(path[path.length - 1] ?? '');
          add(path, `påkrevd felt «${name}» mangler`, 'Se docs/innholdsformat.md for hvilke former feltet kan ha.');
          break;
        }
        const best = bestBranch(issue.errors);
        if (best) {
          out.push(...issuesToDiagnostics(best.map((i) => ({ ...i, path: [...path, ...i.path] })) as Issue[], source, schema, pathPrefix));
        } else {
          add(path, `ugyldig verdi ${describeValue(input)}`, 'Se docs/innholdsformat.md for hvilke former feltet kan ha.');
        }
        break;
      }
      case 'custom': {
        const expected = (issue.params as { expected?: string } | undefined)?.expected;
        add(path, issue.message, expected ? `Skriv ${expected}.` : undefined);
        break;
      }
      default:
        add(path, issue.message);
    }
  }
  return out;
}

/**
 * The union alternative the author most likely meant: one whose shape matched (its problems lie inside the
 * value) and, among those, the one with fewest problems. Undefined when every alternative failed on the
 * value's type itself — then no alternative is a better guess than another.
 */
function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const matchedShape = branches.filter((b) => b.length > 0 && !b.every((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')));
  return [...matchedShape].sort((a, b) => a.length - b.length)[0];
}

function hintForType(expected: string, input: unknown): string | undefined {
  if ((expected === 'number' || expected === 'int') && typeof input === 'string') {
    return 'Skriv tallet uten anførselstegn, mellomrom eller enhet, med punktum som desimaltegn: 15335.9';
  }
  if (expected === 'array') return 'Skriv en liste: hvert element på egen linje som begynner med «- », eller [a, b].';
  if (expected === 'string' && typeof input === 'number') return 'Sett verdien i anførselstegn hvis den skal leses som tekst.';
  return undefined;
}

/** Checks a content file's YAML against `schema`; on failure adds its diagnostics and returns undefined. */
export function parseWith<S extends z.ZodType>(schema: S, file: ContentFile, diagnostics: Diagnostic[]): z.output<S> | undefined {
  const result = schema.safeParse(file.yaml.data, { reportInput: true });
  if (result.success) return result.data;
  diagnostics.push(...issuesToDiagnostics(result.error.issues, file.yaml, schema));
  return undefined;
}
