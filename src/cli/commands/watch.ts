import { findDocuments, noDocumentsDiagnostic } from '../../kinds/findDocuments.js';
import type { BuildJob, BuildOutcome, Format } from '../../build/types.js';
import { existsSync, readFileSync, watch as watchFiles, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { outputBase } from '../../build/buildDocument.js';
import { buildFolder } from '../../build/buildFolder.js';
import { DocxWorker } from '../../build/docxWorker.js';
import { forgetBuiltInTemplates, KINDS_ROOT } from '../../compose/templates.js';
import { DOCUMENT_KINDS } from '../../kinds/index.js';
import { keepParsedFiles } from '../../load/parseCache.js';
import { displayPath, isInside } from '../../load/paths.js';
import { printDiagnostics } from '../report.js';
import { reportLine } from './build.js';

export interface WatchOptions {
  /** Stops watching; the build under way is finished first. The CLI aborts it on Ctrl-C. */
  signal?: AbortSignal;
  /**
   * How long to wait after a change for more changes: an editor often writes a file in several steps, milliseconds
   * apart. A change that comes later, even during the build, only gives one more build.
   */
  debounceMs?: number;
  /** Called after each document's build, with where its outputs go (preview serves them). */
  onBuilt?: (outcome: BuildOutcome, job: BuildJob) => void;
}

/** Editors' and our own temporary files: hidden files (.brev.md.123.tmp), backups (brev.md~), vim's swap and probe files. */
const IGNORED = /^\.|~$|\.sw[px]$|^\d+$/;

/**
 * `styringsdok watch DIR [--out DIR] [--format …]`: builds every document below DIR, then builds again the
 * documents a change concerns: a change in a document's folder rebuilds that document, a change in the
 * tool's templates rebuilds all. Everything runs in this process, so libraries, templates and fonts loaded
 * for the first build serve every rebuild. Errors are shown and watching goes on. Returns when `signal` aborts.
 */
export async function watch(root: string, outDir: string, formats: Format[], options: WatchOptions = {}): Promise<number> {
  const { signal, debounceMs = 25, onBuilt } = options;
  if (!existsSync(root)) {
    printDiagnostics([noDocumentsDiagnostic(root)]);
    return 1;
  }
  const out = resolve(outDir);
  keepParsedFiles();
  // With both DOCX and PDF asked for, the DOCX renders in a worker thread while this thread renders the PDF.
  const docxWorker = formats.includes('docx') && formats.includes('pdf') ? new DocxWorker() : undefined;
  const build = async (dirs: string[]) => {
    for (const dir of dirs) {
      if (signal?.aborted) return;
      const job = { dir, base: outputBase(root, dir, outDir) };
      const outcome = await buildFolder(job, formats, { docxRenderer: docxWorker?.render });
      reportLine(outcome, true);
      onBuilt?.(outcome, job);
    }
  };

  const first = findDocuments(root);
  if (first.length === 0) printDiagnostics([noDocumentsDiagnostic(root)]);
  await build(first);
  if (signal?.aborted) {
    await docxWorker?.close();
    return 0;
  }
  process.stdout.write(`Overvåker ${displayPath(root)} og malene. Endringer bygges på nytt; Ctrl-C avslutter.\n`);

  const changed = new Set<string>();
  let templatesChanged = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };
  const flush = async () => {
    if (running) return; // the build under way schedules another round when it is done
    if (!templatesChanged && changed.size === 0) return;
    const paths = [...changed];
    const templates = templatesChanged;
    changed.clear();
    templatesChanged = false;
    running = (async () => {
      try {
        if (templates) forgetBuiltInTemplates();
        const documents = findDocuments(root);
        const affected = templates ? documents : documents.filter((dir) => dependsOn(dir).some((folder) => paths.some((p) => p === folder || isInside(folder, p))));
        if (affected.length === 0) return;
        const shown = [...(templates ? ['malene'] : []), ...paths.map((p) => relative(process.cwd(), p) || '.')];
        const time = new Date().toLocaleTimeString('nb-NO', { hour12: false });
        process.stdout.write(`[${time}] endret: ${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ` og ${shown.length - 3} til` : ''}\n`);
        await build(affected);
      } catch (e) {
        process.stderr.write(`feil under overvåkingen: ${(e as Error).message}\n`);
      } finally {
        running = undefined;
        if (!signal?.aborted && (templatesChanged || changed.size > 0)) schedule();
      }
    })();
    await running;
  };

  const watchers: FSWatcher[] = [];
  const onContent = (_event: string, name: string | Buffer | null) => {
    const path = name === null ? resolve(root) : resolve(root, String(name));
    if (IGNORED.test(basename(path)) || path === out || isInside(out, path)) return;
    changed.add(path);
    schedule();
  };
  const onTemplate = (_event: string, name: string | Buffer | null) => {
    if (name !== null && (IGNORED.test(basename(String(name))) || !String(name).endsWith('.hbs'))) return;
    templatesChanged = true;
    schedule();
  };
  watchers.push(watchFiles(root, { recursive: true }, onContent));
  if (existsSync(KINDS_ROOT)) watchers.push(watchFiles(KINDS_ROOT, { recursive: true }, onTemplate));
  for (const w of watchers) w.on('error', (e) => process.stderr.write(`feil under overvåkingen: ${e.message}\n`));

  await new Promise<void>((done) => {
    if (!signal) return; // without a signal, watch until the process ends
    if (signal.aborted) return done();
    signal.addEventListener('abort', () => done(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await running;
  await docxWorker?.close();
  process.stdout.write('Overvåkingen er avsluttet.\n');
  return 0;
}

/**
 * The folders a document is built from: its own, and for a document that refers to a tildelingsbrev
 * (a tillegg, an årsrapport) the folder holding that letter, which also holds the letter's other tillegg.
 */
function dependsOn(dir: string): string[] {
  const folders = [resolve(dir)];
  for (const kind of DOCUMENT_KINDS) {
    const main = join(dir, kind.mainFile);
    if (!existsSync(main)) continue;
    const ref = /^tildelingsbrev:[ \t]*(['"]?)([^'"#\n]+?)\1[ \t]*(?:#.*)?$/m.exec(readFileSync(main, 'utf8'));
    if (ref) folders.push(dirname(resolve(dir, ref[2])));
  }
  return folders;
}
