import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { BackgroundBuilds } from '../../build/backgroundBuilds.js';
import type { BuildJob, BuildOutcome } from '../../build/types.js';
import { noDocumentsDiagnostic } from '../../kinds/findDocuments.js';
import { displayPath } from '../../load/paths.js';
import { BODY_PREFIX, bodyOf, errorPage, indexPage, previewPage, type PreviewDocument } from '../previewPages.js';
import { startPreviewServer, type PreviewServer, type Served } from '../previewServer.js';
import { printDiagnostics } from '../report.js';
import { watch } from './watch.js';

export interface PreviewOptions {
  port?: number;
  /** Stops the preview, as Ctrl-C does. */
  signal?: AbortSignal;
  /** Called with the address once the server listens. */
  onReady?: (url: string) => void;
}

export const DEFAULT_PORT = 4173;

function failureText(outcome: BuildOutcome): string | undefined {
  const failure = outcome.failure;
  if (!failure) return undefined;
  return failure.kind === 'intern' ? `intern feil: ${failure.message.split('\n')[0]}` : failure.message;
}

/**
 * `styringsdok preview MAPPE [--out MAPPE] [--port N]`: watch's builds, shown in the browser. Each change writes the
 * HTML first and tells the open pages, which show the new text at once; the PDF and DOCX follow on a worker thread.
 * Errors and warnings stand above the document with file and line. Serves the documents' outputs and nothing else,
 * on 127.0.0.1 only. Returns when `signal` aborts.
 */
export async function preview(root: string, outDir: string, options: PreviewOptions = {}): Promise<number> {
  if (!existsSync(root)) {
    printDiagnostics([noDocumentsDiagnostic(root)]);
    return 1;
  }
  const out = resolve(outDir);
  const address = (file: string) => `/${relative(out, resolve(file)).split(sep).join('/')}`;
  const fileOf = (path: string) => join(out, ...path.slice(1).split('/'));
  const documents = new Map<string, PreviewDocument>();
  let server: PreviewServer | undefined;

  const documentOf = (job: BuildJob): PreviewDocument => {
    let document = documents.get(job.dir);
    if (!document) {
      document = { name: address(job.base).slice(1), folder: displayPath(job.dir), pages: [], files: [], diagnostics: [], rebuilding: false };
      documents.set(job.dir, document);
    }
    return document;
  };
  const background = new BackgroundBuilds(['pdf', 'docx'], (job, outcome) => {
    const document = documentOf(job);
    if (outcome.ok) document.files = outcome.written.map(address);
    else if (outcome.failure) document.failure = `PDF og DOCX: ${failureText(outcome)}`;
    document.rebuilding = background.pending(job.dir);
    server?.notify(document.name);
  });
  const onBuilt = (outcome: BuildOutcome, job: BuildJob) => {
    const document = documentOf(job);
    document.diagnostics = outcome.diagnostics;
    document.failure = failureText(outcome);
    if (outcome.ok) {
      document.pages = outcome.written.map(address);
      background.request(job);
      document.rebuilding = true;
    }
    server?.notify(document.name);
  };

  const page = (path: string): (() => Promise<string>) | undefined => {
    const all = [...documents.values()].sort((a, b) => a.name.localeCompare(b.name));
    if (path === '/') return async () => indexPage(all, displayPath(root));
    for (const document of all) {
      if (document.pages.includes(path)) return async () => previewPage(await readFile(fileOf(path), 'utf8'), document);
      if (path === `/${document.name}.html`) return async () => errorPage(document);
    }
    return undefined;
  };
  const lookup = (path: string): Served => {
    if (path.startsWith(`${BODY_PREFIX}/`)) {
      const whole = page(path.slice(BODY_PREFIX.length));
      return whole && { page: async () => bodyOf(await whole()) };
    }
    const file = [...documents.values()].some((d) => d.files.includes(path));
    if (file) return { file: fileOf(path) };
    const whole = page(path);
    return whole && { page: whole };
  };

  try {
    server = await startPreviewServer(options.port ?? DEFAULT_PORT, lookup);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? 'porten er allerede i bruk' : code === 'EACCES' ? 'ingen tilgang til porten' : (e as Error).message;
    process.stderr.write(`feil: kunne ikke starte forhåndsvisningen på port ${options.port ?? DEFAULT_PORT}: ${reason}\n    → Velg en annen port med --port N.\n`);
    return 1;
  }
  process.stdout.write(`Forhåndsvisning: ${server.url}\n`);
  options.onReady?.(server.url);
  try {
    // A shorter wait for more changes than watch's: the HTML alone is quick to build again if one more comes.
    return await watch(root, outDir, ['html'], { signal: options.signal, onBuilt, debounceMs: 10 });
  } finally {
    await background.close();
    await server.close();
  }
}
