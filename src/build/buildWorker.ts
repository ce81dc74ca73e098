import { parentPort, workerData } from 'node:worker_threads';
import { buildFolder, type BuildJob } from './buildFolder.js';
import type { DocxReply, DocxRequest } from './docxWorker.js';
import type { WorkerSetup } from './workerPool.js';

/** What a worker thread is started for: a batch's builds (workerPool.ts) or watch's DOCX rendering (docxWorker.ts). */
export type WorkerRole = ({ role: 'build' } & WorkerSetup) | { role: 'docx' };

/** The work of a worker thread, by the role its workerData gives it. */
export function serveWorker(): void {
  const setup = workerData as WorkerRole;
  if (setup.role === 'docx') serveDocxRenders();
  else serveBuildJobs(setup);
}

/**
 * A worker thread of a batch build: builds one document per message, for as many documents as the main thread
 * sends, so the loaded libraries, templates and fonts serve them all.
 */
function serveBuildJobs({ formats, signing }: WorkerSetup): void {
  parentPort!.on('message', async (job: BuildJob & { id: number }) => {
    const outcome = await buildFolder(job, formats, { signing });
    parentPort!.postMessage({ id: job.id, outcome });
  });
}

/** Watch's DOCX worker: renders each model it is sent and sends the DOCX back, or the error's stack trace. */
function serveDocxRenders(): void {
  parentPort!.on('message', async ({ id, model }: DocxRequest) => {
    let reply: DocxReply;
    try {
      const { renderDocx } = await import('../render/docx/index.js');
      reply = { id, docx: await renderDocx(model) };
    } catch (e) {
      reply = { id, error: (e as Error)?.stack ?? String(e) };
    }
    parentPort!.postMessage(reply);
  });
}
