import type { ContentFile } from '../load/loadFolder.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { fieldPath } from './zodIssues.js';

/** Builds a diagnostic pointing at a field of a content file. */
export function at(file: ContentFile, path: readonly PropertyKey[], severity: Diagnostic['severity'], message: string, hint?: string): Diagnostic {
  return { severity, file: file.file, ...file.yaml.locate(path, false), field: fieldPath(path) || undefined, message, hint };
}
