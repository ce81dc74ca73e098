/** A problem found in the content, addressed to the person who wrote it. Messages are Norwegian. */
export interface Diagnostic {
  severity: 'feil' | 'advarsel';
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the file or folder as a whole. */
  line: number;
  col: number;
  /** The field the problem is in, e.g. "styringsparametere[1].tekst". */
  field?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const field = d.field ? ` (${d.field})` : '';
  const hint = d.hint ? `\n    → ${d.hint}` : '';
  return `${where}: ${d.severity}${field}: ${d.message}${hint}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'feil');
}

/** Thrown when a stage cannot continue because of the user's content; carries every diagnostic found. */
export class ContentError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'ContentError';
  }
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col,
  );
}
