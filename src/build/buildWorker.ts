import { parentPort, workerData } from 'node:worker_threads';
import { buildFolder, type BuildJob } from './buildFolder.js';
import type { WorkerSetup } from './workerPool.js';

/**
 * A worker thread of a batch build (see workerPool.ts): builds one document per message, for as many documents
 * as the main thread sends, so the loaded libraries, templates and fonts serve them all.
 */
export function serveBuildJobs(): void {
  const { formats, signing } = workerData as WorkerSetup;
  parentPort!.on('message', async (job: BuildJob & { id: number }) => {
    const outcome = await buildFolder(job, formats, signing);
    parentPort!.postMessage({ id: job.id, outcome });
  });
}
