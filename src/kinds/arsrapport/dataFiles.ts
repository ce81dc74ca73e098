import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { LoadedFolder } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import { fieldPath } from '../../validate/zodIssues.js';
import type { ReportContent } from './content.js';
import type { GeneratedContent } from './schema.js';
import { importedFrom } from './spreadsheet/importMark.js';

export const DATA_FILES = { results: 'resultater.yaml', keyFigures: 'hovedtall.yaml', accounts: 'regnskap.yaml' } as const;

/** The data file each generated table is made from. */
export const DATA_FILE_OF: Record<GeneratedContent, string> = {
  hovedtall: DATA_FILES.keyFigures, resultatkrav: DATA_FILES.results, oppdrag: DATA_FILES.results, bevilgningsrapportering: DATA_FILES.accounts,
  kapitalkontoer: DATA_FILES.accounts, 'note-8': DATA_FILES.accounts, 'note-a': DATA_FILES.accounts, 'note-b': DATA_FILES.accounts,
  artskontorapportering: DATA_FILES.accounts, noter: DATA_FILES.accounts,
};

const SPREADSHEET = /\.(xlsx|csv)$/i;

const importCommand = (folder: LoadedFolder, spreadsheet: string) =>
  `styringsdok import-regnskap ${displayPath(join(folder.dir, spreadsheet))} --out ${displayPath(join(folder.dir, DATA_FILES.accounts))}`;

/**
 * A chapter whose «innhold:» names a table whose data file is not in the folder, at that «innhold:»; and the
 * accounts spreadsheet in the report folder, which `build` does not read itself (import-regnskap makes
 * regnskap.yaml of it): said when regnskap.yaml is missing, was imported from an older version of it, or is not
 * from it at all.
 */
export function dataFileDiagnostics(folder: LoadedFolder, report: ReportContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spreadsheets = spreadsheetsIn(folder.dir);
  for (const part of report.parts) {
    for (const { chapter, file } of part.chapters) {
      // «innhold:» is one name or a list of them.
      const listed = Array.isArray((file.yaml.data as { innhold?: unknown }).innhold);
      chapter.innhold.forEach((what, index) => {
        const needed = DATA_FILE_OF[what];
        if (folder.files.has(needed) || folder.unreadable.has(needed)) return;
        const sheet = needed === DATA_FILES.accounts ? spreadsheets[0] : undefined;
        const path = listed ? ['innhold', index] : ['innhold'];
        out.push({
          severity: 'feil', file: file.file, ...file.yaml.locate(path), field: fieldPath(path),
          message: `innholdet «${what}» trenger ${needed}, som mangler i rapportmappen`,
          hint: sheet
            ? `Regnearket ${sheet} ligger i rapportmappen, men leses ikke direkte: kjør «${importCommand(folder, sheet)}».`
            : `Legg til ${needed} i rapportmappen, eller fjern «${what}» fra «innhold:».`,
        });
      });
    }
  }
  const accounts = folder.files.get(DATA_FILES.accounts);
  if (!accounts || spreadsheets.length === 0) return out;
  const source = importedFrom(firstLine(join(folder.dir, DATA_FILES.accounts)));
  if (source && spreadsheets.includes(source)) {
    if (modified(join(folder.dir, source)) > modified(join(folder.dir, DATA_FILES.accounts))) {
      out.push({
        severity: 'advarsel', file: accounts.file, line: 1, col: 1,
        message: `regnearket ${source} er endret etter at ${DATA_FILES.accounts} ble importert fra det, så rapporten bygges med de gamle tallene`,
        hint: `Kjør «${importCommand(folder, source)}» på nytt.`,
      });
    }
  } else {
    for (const sheet of spreadsheets) {
      out.push({
        severity: 'advarsel', file: displayPath(join(folder.dir, sheet)), line: 0, col: 0,
        message: `regnearket brukes ikke: regnskapet leses fra ${DATA_FILES.accounts}${source ? `, som er importert fra ${source}` : ''}`,
        hint: `Skal tallene hentes fra regnearket, kjør «${importCommand(folder, sheet)}» (det erstatter bare en ${DATA_FILES.accounts} som import-regnskap har skrevet). Ellers flytt regnearket ut av rapportmappen.`,
      });
    }
  }
  return out;
}

function spreadsheetsIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => SPREADSHEET.test(name) && !name.startsWith('.')).sort();
  } catch {
    // The folder was read a moment ago; if it cannot be listed now, there is nothing more to say about spreadsheets.
    return [];
  }
}

/** The first line of a file that was read a moment ago (empty if it cannot be read now). */
function firstLine(path: string): string {
  try {
    const text = readFileSync(path, 'utf8');
    const newline = text.indexOf('\n');
    return newline < 0 ? text : text.slice(0, newline);
  } catch {
    return '';
  }
}

const modified = (path: string) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
