import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../packageRoot.js';
import type { SignOptions } from '../sign/signPdf.js';
import type { Format } from './buildDocument.js';
import type { BuildJob, BuildOutcome } from './buildFolder.js';

/** What every worker gets once, at start: the formats and the signing identity (bytes and passphrase, never argv or env). */
export interface WorkerSetup {
  formats: readonly Format[];
  signing?: SignOptions;
}

// The bundle's workers (a batch's, and watch's DOCX worker, see docxWorker.ts) start the way the command line does,
// through bin/styringsdok.js, which loads the bundle with its code cache and, off the main thread, serves what its
// workerData's role asks for (see buildWorker.ts). Run from the TypeScript sources (vitest), they start from workerEntry.mjs.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
export const WORKER_URL = pathToFileURL(join(PACKAGE_ROOT, FROM_SOURCE ? 'src/build/workerEntry.mjs' : 'bin/styringsdok.js'));

/**
 * Each worker has its own heap, and the batch's peak memory counts them all. A capped young generation, and an old
 * generation capped well above what a letter needs (a generated letter with 500 assignments and 200 posts fits),
 * so V8 collects before the heap grows. It trades speed for memory. 100 generated letters on 2 cores, 3 runs each,
 * interleaved: uncapped 420–430 MiB and about 9–10 letters/s; young 32 MB 280–285 MiB and 7.7–8.1/s; young 16 or
 * 24 MB 252–256 MiB and 6.5–7.0/s (the old generation's cap: 64 MB slower still, 80–160 MB the same as 96).
 * A document too large for that heap is built again in the main thread, which has no cap.
 */
const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 96 };

/** How many workers a batch of `documents` gets: one per core, never more than there are documents. */
export function workerCount(documents: number): number {
  return Math.max(1, Math.min(availableParallelism(), documents));
}

/**
 * Builds the documents on `workers` worker threads. Each worker builds one document at a time and gets
 * the next when it reports, so a long document does not hold up the others. `onDone` is called as each
 * document finishes; the result lists the outcomes in the order of `jobs`. A worker that dies takes only
 * its current document with it; a fresh worker continues with the rest. A worker that runs out of its heap
 * (`limits`) does not fail its document: the main thread builds it.
 */
export function buildInWorkers(
  jobs: readonly BuildJob[],
  setup: WorkerSetup,
  workers: number,
  onDone: (index: number, outcome: BuildOutcome) => void = () => {},
  limits: ResourceLimits = WORKER_LIMITS,
): Promise<BuildOutcome[]> {
  const outcomes: BuildOutcome[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    if (jobs.length === 0) return resolve(outcomes);
    const finish = (index: number, outcome: BuildOutcome) => {
      outcomes[index] = outcome;
      finished++;
      onDone(index, outcome);
      if (finished === jobs.length) resolve(outcomes);
    };
    const buildHere = async (index: number) => {
      const { buildFolder } = await import('./buildFolder.js');
      finish(index, await buildFolder(jobs[index], setup.formats, { signing: setup.signing }));
    };
    const start = () => {
      const worker = new Worker(WORKER_URL, { workerData: { role: 'build', ...setup }, resourceLimits: limits });
      let current: number | undefined;
      let retired = false;
      const feed = () => {
        if (next >= jobs.length) {
          retired = true;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, ...jobs[current] });
      };
      const lost = (reason: string, outOfMemory = false) => {
        if (retired) return;
        retired = true;
        if (current !== undefined) {
          const index = current;
          current = undefined;
          if (outOfMemory) void buildHere(index);
          else finish(index, { dir: jobs[index].dir, ok: false, diagnostics: [], written: [], seconds: 0, failure: { kind: 'intern', message: reason } });
        }
        if (next < jobs.length) start();
      };
      worker.on('message', ({ id, outcome }: { id: number; outcome: BuildOutcome }) => {
        current = undefined;
        finish(id, outcome);
        feed();
      });
      worker.on('error', (e: Error & { code?: string }) => lost(e.stack ?? String(e), e.code === 'ERR_WORKER_OUT_OF_MEMORY'));
      worker.on('exit', (code) => lost(`arbeidstråden stoppet uventet (kode ${code})`));
      feed();
    };
    for (let i = 0; i < Math.min(workers, jobs.length); i++) start();
  });
}
