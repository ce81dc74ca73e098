import { findDocuments, noDocumentsDiagnostic } from '../../kinds/findDocuments.js';
import type { BuildJob, BuildOutcome, Format } from '../../build/types.js';
import { relative } from 'node:path';
import { outputBases } from '../../build/buildDocument.js';

import { buildInWorkers, workerCount } from '../../build/workerPool.js';
import type { SignOptions } from '../../sign/signPdf.js';
import { displayPath } from '../../load/paths.js';
import { Progress } from '../progress.js';
import { countText, printDiagnostics, printJson, type DocumentResult } from '../report.js';

/**
 * The checking, composing and rendering code is imported only where this thread builds a document itself: a batch
 * on worker threads keeps the main thread to dispatching and reporting.
 *
 * `styringsdok build DIR… --out DIR --format … [--utkast] [--json]`: checks, then writes each document that has no
 * errors; with --utkast (`draft`), each document that can be composed, as a marked draft.
 * One document is built right here; several are built in parallel on worker threads, one per core, with
 * progress on a terminal and a summary table at the end. One document's failure does not stop the others.
 */
export async function build(dirs: string[], outDir: string, formats: Format[], signing?: SignOptions, json = false, draft = false): Promise<number> {
  const results: Array<DocumentResult | undefined> = [];
  const found: Array<{ root: string; dir: string; slot: number }> = [];
  const missing: DocumentResult[] = [];
  for (const root of dirs) {
    const documents = findDocuments(root);
    if (documents.length === 0) {
      const result = { mappe: displayPath(root), ok: false, diagnostikk: [noDocumentsDiagnostic(root)], skrevet: [] };
      results.push(result);
      missing.push(result);
      continue;
    }
    for (const dir of documents) found.push({ root, dir, slot: results.push(undefined) - 1 });
  }
  const bases = outputBases(found, outDir);
  const jobs: Array<BuildJob & { slot: number }> = found.map(({ dir, slot }, i) => ({ dir, base: bases[i], slot }));
  if (jobs.length > 1) {
    if (!json) for (const r of missing) printDiagnostics(r.diagnostikk);
    return buildMany(jobs, results, formats, signing, json, draft);
  }
  // At most one document: reported exactly as it always was; without --json, signing, file and internal errors go to
  // main's handler.
  let internal = false;
  for (const [slot, result] of results.entries()) {
    if (result) {
      if (!json) printDiagnostics(result.diagnostikk);
      continue;
    }
    const { buildFolder } = await import('../../build/buildFolder.js');
    // With --json, a failure is part of the JSON on standard out, like a batch's.
    const outcome = await buildFolder(jobs[0], formats, { signing, rethrow: !json, draft });
    results[slot] = documentResult(outcome);
    if (!json) reportLine(outcome, true, draft);
    if (outcome.failure?.kind === 'intern') internal = true;
  }
  if (json) printJson(results as DocumentResult[]);
  if (internal) return 2;
  return results.every((r) => r!.ok) ? 0 : 1;
}

async function buildMany(jobs: Array<BuildJob & { slot: number }>, results: Array<DocumentResult | undefined>, formats: Format[], signing: SignOptions | undefined, json: boolean, draft: boolean): Promise<number> {
  if (signing) {
    // A wrong passphrase or an expired certificate would fail every document the same way: say it once.
    const { openP12 } = await import('../../sign/certificate.js');
    openP12(signing.p12, signing.passphrase, signing.p12File, { allowExpired: signing.allowExpired });
  }
  const started = performance.now();
  const tty = !json && Boolean(process.stderr.isTTY);
  const progress = new Progress(jobs.length, tty);
  const workers = workerCount(jobs.length);
  const onDone = (index: number, outcome: BuildOutcome) => {
    results[jobs[index].slot] = documentResult(outcome);
    // On a terminal the progress line stands for the documents that went well; problems are shown as they come.
    if (!json && (!tty || !outcome.ok || outcome.diagnostics.length > 0)) progress.above(() => reportLine(outcome, !tty || !outcome.ok, draft));
    progress.finished(outcome.ok);
  };
  let outcomes: BuildOutcome[];
  try {
    if (workers > 1) outcomes = await buildInWorkers(jobs, { formats, signing, draft }, workers, onDone);
    else {
      // One core: workers would only add their start-up.
      const { buildFolder } = await import('../../build/buildFolder.js');
      outcomes = [];
      for (const [index, job] of jobs.entries()) {
        outcomes.push(await buildFolder(job, formats, { signing, draft }));
        onDone(index, outcomes[index]);
      }
    }
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  if (json) printJson(results as DocumentResult[]);
  else printSummary(outcomes, results as DocumentResult[], seconds, workers);
  if (outcomes.some((o) => o.failure?.kind === 'intern')) return 2;
  return results.every((r) => r!.ok) ? 0 : 1;
}

function documentResult(outcome: BuildOutcome): DocumentResult {
  const result: DocumentResult = { mappe: displayPath(outcome.dir), ok: outcome.ok, diagnostikk: outcome.diagnostics, skrevet: outcome.written.map((p) => displayPath(p)) };
  if (outcome.failure) result.feilmelding = outcome.failure.kind === 'intern' ? `intern feil: ${outcome.failure.message.split('\n')[0]}` : outcome.failure.message;
  return result;
}

/** A document's diagnostics (stderr) and its ✓/✗ line (stdout), as `build` has always printed them. */
export function reportLine(outcome: BuildOutcome, withSuccess: boolean, draft = false): void {
  printDiagnostics(outcome.diagnostics);
  const errors = outcome.diagnostics.filter((d) => d.severity === 'feil').length;
  const failure = outcome.failure;
  if (failure?.kind === 'intern') {
    process.stderr.write(
      `Intern feil i styringsdok ved bygging av ${displayPath(outcome.dir)}. Dette er en feil i programmet, ikke i innholdet ditt.\n` +
        `Meld gjerne fra til dem som forvalter verktøyet, og legg ved teksten under:\n\n${failure.message}\n`,
    );
    process.stdout.write(`✗ ${displayPath(outcome.dir)}: intern feil – ingenting skrevet\n`);
  } else if (failure) {
    process.stderr.write(`feil: ${failure.message}\n${failure.hint ? `    → ${failure.hint}\n` : ''}`);
    process.stdout.write(`✗ ${displayPath(outcome.dir)}: ${failure.kind === 'signering' ? 'signeringen mislyktes' : 'kunne ikke skrive'} – ingenting skrevet\n`);
  } else if (!outcome.ok) {
    // With --utkast, only content that cannot be read at all stops the draft: say so, or the writer wonders where it is.
    const noDraft = draft ? ' (heller ikke et utkast: innholdet kan ikke leses før feilene over er rettet)' : '';
    process.stdout.write(`✗ ${displayPath(outcome.dir)}: ${countText(errors, outcome.diagnostics.length - errors)} – ingenting skrevet${noDraft}\n`);
  } else if (withSuccess) {
    const draftErrors = errors > 0 ? `, utkast med ${countText(errors, outcome.diagnostics.length - errors)}` : '';
    process.stdout.write(`✓ ${displayPath(outcome.dir)} → ${outcome.written.map((p) => relative(process.cwd(), p)).join(', ')} (${secondsText(outcome.seconds)}${draftErrors})\n`);
  }
}

export function secondsText(seconds: number): string {
  return `${seconds.toFixed(2).replace('.', ',')} s`;
}

function resultText(outcome: BuildOutcome | undefined, result: DocumentResult): string {
  if (!outcome) return result.diagnostikk[0]?.message ?? 'feil';
  if (outcome.failure) return { intern: 'intern feil', signering: 'signeringsfeil', filsystem: 'filfeil' }[outcome.failure.kind];
  const errors = outcome.diagnostics.filter((d) => d.severity === 'feil').length;
  const warnings = outcome.diagnostics.length - errors;
  if (result.ok && errors > 0) return `utkast, ${countText(errors, warnings)}`;
  if (result.ok) return warnings ? `ok, ${countText(0, warnings).replace(/^0 feil, /, '')}` : 'ok';
  return countText(errors, warnings);
}

/** The table at the end of a batch: each document with its result, time and outputs, then the totals. */
function printSummary(outcomes: BuildOutcome[], results: DocumentResult[], seconds: number, workers: number): void {
  const byDir = new Map(outcomes.map((o) => [displayPath(o.dir), o]));
  const rows = results.map((r) => {
    const outcome = byDir.get(r.mappe);
    return [r.mappe, resultText(outcome, r), outcome ? secondsText(outcome.seconds) : '–', r.skrevet?.length ? r.skrevet.join(', ') : '–'];
  });
  const header = ['Dokument', 'Resultat', 'Tid', 'Utdata'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const out = ['', line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
  const built = outcomes.filter((o) => o.ok).length;
  const failed = results.length - built;
  const rate = (outcomes.length / seconds).toFixed(1).replace('.', ',');
  const threads = workers > 1 ? `${workers} arbeidstråder` : 'én tråd';
  out.push('', `${built} av ${results.length} dokumenter bygget på ${secondsText(seconds)} (${rate} per sekund, ${threads})${failed ? `; ${failed} med feil` : ''}.`);
  process.stdout.write(`${out.join('\n')}\n`);
}
