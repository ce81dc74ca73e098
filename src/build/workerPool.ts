import { availableParallelism } from 'node:os';
import type { BuildJob, BuildOutcome, WorkerRole, WorkerSetup } from './types.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../packageRoot.js';

// The bundle's workers (a batch's, and watch's DOCX worker, see docxWorker.ts) start the way the command line does,
// through bin/styringsdok.js, which loads the bundle with its code cache and, off the main thread, serves what its
// role asks for (see buildWorker.ts). Run from the TypeScript sources (vitest), they start from workerEntry.mjs.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
export const WORKER_URL = pathToFileURL(join(PACKAGE_ROOT, FROM_SOURCE ? 'src/build/workerEntry.mjs' : 'bin/styringsdok.js'));

// Each worker has its own heap and the batch's peak memory counts them all, so capped heaps make V8 collect before
// they grow; it trades some speed for memory (README, «Ytelse»). A document too large for them is built in the main thread.
const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 96 };

/** How many workers a batch of `documents` gets: one per core, never more than there are documents. */
export function workerCount(documents: number): number {
  return Math.max(1, Math.min(availableParallelism(), documents));
}

/**
 * Builds the documents on `workers` worker threads. Each worker builds one document at a time and gets
 * the next when it is done, so a long document does not hold up the others. `onDone` is called as each
 * document finishes; the result lists the outcomes in the order of `jobs`. A worker that fails takes only
 * its current document with it; a fresh worker continues with the rest. A worker that runs out of its heap
 * (`limits`) does not fail its document: the main thread builds it.
 */
export async function buildInWorkers(
  jobs: readonly BuildJob[],
  setup: WorkerSetup,
  workers: number,
  onDone: (index: number, outcome: BuildOutcome) => void = () => {},
  limits: ResourceLimits = WORKER_LIMITS,
): Promise<BuildOutcome[]> {
  if (jobs.length === 0) return [];
  const threads = Math.min(workers, jobs.length);
  const workerData: WorkerRole = { role: 'build', ...setup };
  // Loaded here, not at the top: tinypool brings child_process, dgram and assert, which a single document never needs.
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: WORKER_URL.href, name: 'buildJob', workerData, minThreads: threads, maxThreads: threads, resourceLimits: limits });
  // A worker that dies before it is ready (a heap too small even to load the program) makes tinypool start no more
  // workers and say so here rather than to a document, whose task would wait for ever: the documents not yet built
  // are then built in this thread. The pool is left to end with its last workers, as tinypool's destroy() throws
  // when a worker dies during it.
  let gaveUp = false;
  const stop = new AbortController();
  pool.on('error', () => {
    gaveUp = true;
    stop.abort();
  });
  // One document at a time, as in a worker.
  let here = Promise.resolve();
  const buildHere = (job: BuildJob) => {
    const built = here.then(async () => (await import('./buildFolder.js')).buildFolder(job, setup.formats, { signing: setup.signing, draft: setup.draft }));
    here = built.then(() => undefined, () => undefined);
    return built;
  };
  const build = async (job: BuildJob): Promise<BuildOutcome> => {
    try {
      return (await pool.run(job, { signal: stop.signal })) as BuildOutcome;
    } catch (e) {
      if (gaveUp || (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') return buildHere(job);
      return { dir: job.dir, ok: false, diagnostics: [], written: [], seconds: 0, failure: { kind: 'intern', message: (e as Error)?.stack ?? String(e) } };
    }
  };
  try {
    return await Promise.all(
      jobs.map(async (job, index) => {
        const outcome = await build(job);
        onDone(index, outcome);
        return outcome;
      }),
    );
  } finally {
    if (!gaveUp) await pool.destroy();
  }
}
