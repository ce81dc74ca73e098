import { parentPort, workerData } from 'node:worker_threads';
import type { BuildJob, BuildOutcome, DocxReply, DocxRequest, WorkerRole } from './types.js';
import { buildFolder } from './buildFolder.js';

/**
 * The work of a worker thread, by the role its workerData gives it: watch's DOCX worker serves its renders. A batch's
 * workers belong to tinypool (whose own workerData this is not), which calls buildJob for each document.
 */
export function serveWorker(): void {
  if ((workerData as WorkerRole | undefined)?.role === 'docx') serveDocxRenders();
}

/**
 * One document of a batch build, in a worker thread of its pool, which keeps the loaded libraries, templates and
 * fonts for the next document.
 */
export async function buildJob(job: BuildJob): Promise<BuildOutcome> {
  const { default: Tinypool } = await import('tinypool');
  const { formats, signing, draft } = Tinypool.workerData as WorkerRole & { role: 'build' };
  return buildFolder(job, formats, { signing, draft });
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
