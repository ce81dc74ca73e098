import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../core/diagnostics.js';

/** Prints a document's diagnostics, errors and warnings, in file order; returns the number of errors. */
export function printDiagnostics(diagnostics: Diagnostic[], stream: NodeJS.WriteStream = process.stderr): number {
  for (const d of sortDiagnostics(diagnostics)) stream.write(`${formatDiagnostic(d)}\n`);
  return diagnostics.filter((d) => d.severity === 'feil').length;
}

export function countText(errors: number, warnings: number): string {
  const e = errors === 1 ? '1 feil' : `${errors} feil`;
  const w = warnings === 1 ? '1 advarsel' : `${warnings} advarsler`;
  return errors === 0 && warnings === 0 ? 'ingen feil' : `${e}, ${w}`;
}

/** One document's outcome, for `--json`. Field names are Norwegian like the rest of the interface. */
export interface DocumentResult {
  mappe: string;
  ok: boolean;
  diagnostikk: Diagnostic[];
  /** build only: the files written (empty when nothing was written). */
  skrevet?: string[];
  /** build only: why the document failed when the reason is not in the diagnostics (signing, internal error). */
  feilmelding?: string;
}

/**
 * Machine-readable output for CI and editors: one JSON object on stdout,
 * `{ "ok": bool, "feil": n, "advarsler": n, "dokumenter": [{ mappe, ok, diagnostikk: [{ severity, file, line, col, field?, message, hint? }], skrevet? }] }`.
 */
export function printJson(results: DocumentResult[], stream: NodeJS.WriteStream = process.stdout): void {
  const all = results.flatMap((r) => r.diagnostikk);
  const errors = all.filter((d) => d.severity === 'feil').length;
  const body = {
    ok: results.every((r) => r.ok),
    feil: errors,
    advarsler: all.length - errors,
    dokumenter: results.map((r) => ({ ...r, diagnostikk: sortDiagnostics(r.diagnostikk) })),
  };
  stream.write(`${JSON.stringify(body, null, 2)}\n`);
}
