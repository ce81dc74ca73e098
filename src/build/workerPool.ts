import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SignOptions } from '../sign/signPdf.js';
import type { Format } from './buildDocument.js';
import type { BuildJob, BuildOutcome } from './buildFolder.js';

/** What every worker gets once, at start: the formats and the signing identity (bytes and passphrase, never argv or env). */
export interface WorkerSetup {
  formats: readonly Format[];
  signing?: SignOptions;
}

// Built code runs dist/build/buildWorker.js. Run from the TypeScript sources (vitest), the worker is the .ts
// file, and a small loader turns it into JavaScript: workers do not go through vitest's transform.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './buildWorker.ts' : './buildWorker.js', import.meta.url);
const WORKER_EXEC_ARGV = FROM_SOURCE ? ['--import', new URL('../../scripts/lib/tsWorkerLoader.mjs', import.meta.url).href] : undefined;

/**
 * A smaller young generation than V8's default: each worker has its own heap, and with two or more of them the
 * batch's peak memory counts them all. Measured on 10 generated letters on 2 cores: peak 330 → 280–305 MiB,
 * the same CPU time.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** How many workers a batch of `documents` gets: one per core, never more than there are documents. */
export function workerCount(documents: number): number {
  return Math.max(1, Math.min(availableParallelism(), documents));
}

/**
 * Builds the documents on `workers` worker threads. Each worker builds one document at a time and gets
 * the next when it reports, so a long document does not hold up the others. `onDone` is called as each
 * document finishes; the result lists the outcomes in the order of `jobs`. A worker that dies takes only
 * its current document with it; a fresh worker continues with the rest.
 */
export function buildInWorkers(
  jobs: readonly BuildJob[],
  setup: WorkerSetup,
  workers: number,
  onDone: (index: number, outcome: BuildOutcome) => void = () => {},
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
    const start = () => {
      const worker = new Worker(WORKER_URL, { workerData: setup, execArgv: WORKER_EXEC_ARGV, resourceLimits: WORKER_LIMITS });
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
      const lost = (reason: string) => {
        if (retired) return;
        retired = true;
        if (current !== undefined) {
          const index = current;
          current = undefined;
          finish(index, { dir: jobs[index].dir, ok: false, diagnostics: [], written: [], seconds: 0, failure: { kind: 'intern', message: reason } });
        }
        if (next < jobs.length) start();
      };
      worker.on('message', ({ id, outcome }: { id: number; outcome: BuildOutcome }) => {
        current = undefined;
        finish(id, outcome);
        feed();
      });
      worker.on('error', (e) => lost(e.stack ?? String(e)));
      worker.on('exit', (code) => lost(`arbeidstråden stoppet uventet (kode ${code})`));
      feed();
    };
    for (let i = 0; i < Math.min(workers, jobs.length); i++) start();
  });
}
