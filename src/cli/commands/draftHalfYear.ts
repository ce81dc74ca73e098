import { relative, resolve } from 'node:path';
import { overlapProblem, writeOwned, writeProblem } from '../../build/ownedFolder.js';
import { loadFolder } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import { draftHalfYear } from '../../kinds/halvarsrapport/draft.js';
import { validateLetter } from '../../kinds/tildelingsbrev/validate.js';
import { findSupplements } from '../../kinds/tillegg/findSupplements.js';
import { printDiagnostics } from '../report.js';

/** `styringsdok draft-report --halvår LETTER_DIR --out DIR [--force]`: drafts a halvårsrapport folder from a letter and its tillegg. */
export function draftHalfYearCommand(letterDir: string, outDir: string, force: boolean): number {
  const letter = validateLetter(loadFolder(letterDir));
  if (!letter.content) {
    printDiagnostics(letter.diagnostics);
    process.stderr.write(`✗ ${displayPath(letterDir)} er ikke et gyldig tildelingsbrev – ingenting skrevet\n`);
    return 1;
  }
  const refused = overlapProblem(outDir, letterDir) ?? writeProblem(outDir, force);
  const letterPath = relative(resolve(outDir), resolve(letterDir)).split('\\').join('/') || '.';
  const draft = refused ? undefined : draftHalfYear(letter.content, findSupplements(letterDir, [outDir]), letterPath);
  const clash = refused ?? writeProblem(outDir, force, draft!.files.keys());
  if (clash || !draft) {
    if (clash) printDiagnostics([clash]);
    process.stderr.write('✗ ingenting er skrevet\n');
    return 1;
  }
  writeOwned(outDir, draft.files);
  const s = draft.summary;
  process.stdout.write(
    `✓ Utkast til halvårsrapport ${letter.content.letter.år} skrevet til ${displayPath(outDir)} (${draft.files.size} filer)\n`
    + `  ${s.mål} mål, ${s.styringsparametere} styringsparametere, ${s.oppdrag} oppdrag i perioden, ${s.poster} poster`
    + `${s.tillegg.length ? ` (med tillegg nr. ${s.tillegg.join(', ')})` : ''}\n`
    + `  ${s.plassholdere} steder må fylles inn; «styringsdok check ${displayPath(outDir)}» viser hvor.\n`,
  );
  return 0;
}
