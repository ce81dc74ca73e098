import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../validate/diagnostics.js';

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
