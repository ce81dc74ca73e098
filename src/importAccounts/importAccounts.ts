import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { stringify } from 'yaml';
import type { Diagnostic } from '../core/diagnostics.js';
import { FileSystemError, onPath } from '../load/fileSystemError.js';
import { loadTexts } from '../load/loadFolder.js';
import { displayPath } from '../load/paths.js';
import { parseWith } from '../validate/zodIssues.js';
import { accountsSchema } from '../kinds/arsrapport/schema.js';
import { checkAccounts } from '../kinds/arsrapport/checks.js';
import { readSpreadsheet } from '../kinds/arsrapport/spreadsheet/readSpreadsheet.js';
import { sheetsToAccounts } from '../kinds/arsrapport/spreadsheet/toAccounts.js';
import { withMark, writtenByUs } from '../kinds/arsrapport/spreadsheet/importMark.js';

const problem = (file: string, message: string, hint: string): Diagnostic => ({ severity: 'feil', file, line: 0, col: 0, message, hint });

/**
 * Reads the spreadsheet into regnskap.yaml text and checks it as hand-written content is checked. Returns the text
 * only when there are no errors.
 */
export async function importAccounts(spreadsheet: string, out: string): Promise<{ text?: string; diagnostics: Diagnostic[] }> {
  if (!/\.(xlsx|csv)$/i.test(spreadsheet)) return { diagnostics: [problem(displayPath(spreadsheet), 'forventet et regneark (.xlsx) eller en CSV-fil', 'Lagre regnearket som Excel-arbeidsbok (.xlsx) eller CSV.')] };
  let sheets;
  try {
    sheets = await readSpreadsheet(spreadsheet);
  } catch (e) {
    if (e instanceof FileSystemError) throw e;
    // The library's own message is English and about zip internals; the user needs to know the file is not a workbook.
    return { diagnostics: [problem(displayPath(spreadsheet), 'regnearket kan ikke leses: filen er ikke en gyldig Excel-arbeidsbok eller CSV-fil', 'Åpne filen i Excel og lagre den på nytt som Excel-arbeidsbok (.xlsx) eller CSV, og kontroller at den ikke er skadet.')] };
  }
  const { data, problems } = sheetsToAccounts(sheets);
  const file = displayPath(spreadsheet);
  const diagnostics: Diagnostic[] = problems.map((p) => problem(`${file}:${p.cell}`, p.message, 'Rett cellen i regnearket og importer på nytt. Oppsettet står i docs/arsrapport.md.'));
  if (diagnostics.length > 0) return { diagnostics };
  const body = stringify(data, { lineWidth: 0 });
  const text = withMark(body, basename(spreadsheet));
  const folder = loadTexts(dirname(out), [[basename(out), text]]);
  const loaded = folder.files.get(basename(out));
  diagnostics.push(...folder.diagnostics);
  if (!loaded) return { diagnostics };
  const accounts = parseWith(accountsSchema, loaded, diagnostics);
  if (accounts) diagnostics.push(...checkAccounts(accounts, loaded));
  if (diagnostics.some((d) => d.severity === 'feil')) return { diagnostics };
  return { text, diagnostics };
}

/** Why `out` must not be written: it exists and is not a file this command wrote (or it was edited since). */
export function overwriteProblem(out: string): Diagnostic | undefined {
  if (!existsSync(out)) return undefined;
  const text = onPath(out, 'lese', () => readFileSync(out, 'utf8'));
  if (writtenByUs(text)) return undefined;
  return problem(displayPath(out), 'filen finnes og er ikke skrevet av import-regnskap (eller er endret for hånd etterpå); ingenting er skrevet',
    'Flytt eller gi nytt navn til filen, eller velg en annen --out. Endringer gjøres i regnearket, så importeres det på nytt.');
}
