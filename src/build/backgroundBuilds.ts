import { Worker } from 'node:worker_threads';
import type { Format } from './buildDocument.js';
import type { BuildJob, BuildOutcome } from './buildFolder.js';
import type { WorkerRole } from './buildWorker.js';
import { WORKER_EXEC_ARGV, WORKER_URL } from './workerPool.js';

/**
 * Builds documents one at a time on a worker thread of its own, so the thread that asks stays free: preview writes the
 * HTML at once and leaves the slower PDF and DOCX to this. A build starts only when its document has not been asked
 * for again for `delayMs`: on two cores, the page showing the change gets the processor first, and a writer saving
 * often gets one build for several saves. A worker that dies fails only its current document; the next request starts
 * another.
 */
export class BackgroundBuilds {
  private worker?: Worker;
  private current?: BuildJob;
  private readonly waiting = new Map<string, BuildJob>();
  private readonly delayed = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly formats: readonly Format[],
    private readonly onDone: (job: BuildJob, outcome: BuildOutcome) => void,
    private readonly delayMs = 250,
  ) {}

  request(job: BuildJob): void {
    clearTimeout(this.delayed.get(job.dir));
    this.delayed.set(job.dir, setTimeout(() => {
      this.delayed.delete(job.dir);
      this.waiting.set(job.dir, job);
      this.next();
    }, this.delayMs));
  }

  /** Whether `dir` is being built or waits to be. */
  pending(dir: string): boolean {
    return this.current?.dir === dir || this.waiting.has(dir) || this.delayed.has(dir);
  }

  async close(): Promise<void> {
    for (const timer of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    this.waiting.clear();
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private next(): void {
    if (this.current || this.waiting.size === 0) return;
    const [dir, job] = this.waiting.entries().next().value as [string, BuildJob];
    this.waiting.delete(dir);
    this.current = job;
    this.started().postMessage({ id: 0, ...job });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const role: WorkerRole = { role: 'build', formats: this.formats };
    const worker = new Worker(WORKER_URL, { workerData: role, execArgv: WORKER_EXEC_ARGV });
    worker.unref();
    worker.on('message', ({ outcome }: { outcome: BuildOutcome }) => this.finish(outcome));
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.current;
      if (job) this.finish({ dir: job.dir, ok: false, diagnostics: [], written: [], seconds: 0, failure: { kind: 'intern', message: reason } });
    };
    worker.on('error', (e) => lost(e.stack ?? String(e)));
    worker.on('exit', (code) => lost(`arbeidstråden stoppet uventet (kode ${code})`));
    this.worker = worker;
    return worker;
  }

  private finish(outcome: BuildOutcome): void {
    const job = this.current!;
    this.current = undefined;
    this.onDone(job, outcome);
    this.next();
  }
}
