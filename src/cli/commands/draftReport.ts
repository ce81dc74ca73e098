import { relative, resolve } from 'node:path';
import { overlapProblem, writeOwned, writeProblem } from '../../build/ownedFolder.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { loadFolder } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import { draftReport } from '../../draftReport/draftReport.js';
import { validateLetter } from '../../kinds/tildelingsbrev/validate.js';
import { resultsSchema } from '../../kinds/arsrapport/schema.js';
import { printDiagnostics } from '../report.js';

/** `styringsdok draft-report LETTER_DIR --out DIR [--force] [--forrige RAPPORT]`: drafts an årsrapport folder from a letter. */
export function draftReportCommand(letterDir: string, outDir: string, force: boolean, previousDir?: string): number {
  const letter = validateLetter(loadFolder(letterDir));
  if (!letter.content) {
    printDiagnostics(letter.diagnostics);
    process.stderr.write(`✗ ${displayPath(letterDir)} er ikke et gyldig tildelingsbrev – ingenting skrevet\n`);
    return 1;
  }
  const refused = overlapProblem(outDir, letterDir) ?? (previousDir ? overlapProblem(outDir, previousDir) : undefined) ?? writeProblem(outDir, force);
  if (refused) return nothingWritten(refused);
  let previous;
  if (previousDir) {
    const file = loadFolder(previousDir).files.get('resultater.yaml');
    const parsed = file ? resultsSchema.safeParse(file.yaml.data) : undefined;
    if (!parsed?.success) {
      process.stderr.write(`✗ fant ingen gyldig resultater.yaml i ${displayPath(previousDir)}\n`);
      return 1;
    }
    previous = parsed.data;
  }
  const letterPath = relative(resolve(outDir), resolve(letterDir)).split('\\').join('/') || '.';
  const draft = draftReport(letter.content, letterPath, previous);
  const clash = writeProblem(outDir, force, draft.files.keys());
  if (clash) return nothingWritten(clash);
  writeOwned(outDir, draft.files);
  const s = draft.summary;
  process.stdout.write(
    `✓ Utkast til årsrapport ${letter.content.letter.år} skrevet til ${displayPath(outDir)} (${draft.files.size} filer)\n`
    + `  Del III: ${s.mål} mål, ${s.styringsparametere} styringsparametere, ${s.nyeOppdrag + s.videreførteOppdrag} oppdrag (${s.nyeOppdrag} nye, ${s.videreførteOppdrag} videreførte)\n`
    + `  Del IV: internkontroll og ${s.rapporteringskrav - 1} rapporteringskrav fra brevet\n`
    + `  Del VI: skjelett for bevilgningsrapportering, Note A og B og artskontorapportering (regnskap.yaml)\n`
    + (s.måVurderes.length ? `  Må vurderes: fristen er ikke en dato for oppdrag ${s.måVurderes.join(', ')}; avgjør om de skal rapporteres for ${letter.content.letter.år}.\n` : '')
    + `  ${s.plassholdere} steder må fylles inn; «styringsdok check ${displayPath(outDir)}» viser hvor.\n`,
  );
  return 0;
}

function nothingWritten(problem: Diagnostic): number {
  printDiagnostics([problem]);
  process.stderr.write('✗ ingenting er skrevet\n');
  return 1;
}
