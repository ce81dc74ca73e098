import { diffLetters, formatDiffMarkdown, formatDiffText } from '../../diff/diffLetters.js';
import { loadFolder } from '../../load/loadFolder.js';
import { displayPath } from '../../load/paths.js';
import { validateLetter } from '../../kinds/tildelingsbrev/validate.js';
import { printDiagnostics } from '../report.js';

/** `styringsdok diff OLD NEW [--format md]`: what changed between two letters. Exit 1 when either has errors. */
export function diff(oldDir: string, newDir: string, format: string): number {
  const letters = [oldDir, newDir].map((dir) => ({ dir, ...validateLetter(loadFolder(dir)) }));
  for (const l of letters) {
    if (l.content) continue;
    printDiagnostics(l.diagnostics);
    process.stderr.write(`✗ ${displayPath(l.dir)} har feil; rett dem før brevene sammenlignes.\n`);
  }
  const [a, b] = letters;
  if (!a.content || !b.content) return 1;
  const d = diffLetters(a.content, b.content);
  process.stdout.write(format === 'md' ? formatDiffMarkdown(d) : formatDiffText(d));
  return 0;
}
