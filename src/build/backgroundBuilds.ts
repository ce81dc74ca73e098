import type Tinypool from 'tinypool';
import type { BuildJob, BuildOutcome, Format, WorkerRole } from './types.js';
import { WORKER_URL } from './workerPool.js';

/**
 * Builds documents one at a time on a worker thread of its own, so the thread that asks stays free: preview writes the
 * HTML at once and leaves the slower PDF and DOCX to this. A build starts only when its document has not been asked
 * for again for `delayMs`: on two cores, the page showing the change gets the processor first, and a writer saving
 * often gets one build for several saves. A worker that dies fails only its current document; the next request starts
 * another.
 */
export class BackgroundBuilds {
  private pool?: Tinypool;
  private closed = false;
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
    this.closed = true;
    for (const timer of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    this.waiting.clear();
    const pool = this.pool;
    this.pool = undefined;
    // tinypool throws when a worker dies while it is being destroyed; the builds are abandoned either way.
    await pool?.destroy().catch(() => {});
  }

  private next(): void {
    if (this.current || this.waiting.size === 0) return;
    const [dir, job] = this.waiting.entries().next().value as [string, BuildJob];
    this.waiting.delete(dir);
    this.current = job;
    this.started().then((pool) => pool.run(job, { name: 'buildJob' })).then(
      (outcome: BuildOutcome) => this.finish(outcome),
      (e: unknown) => this.finish({ dir: job.dir, ok: false, diagnostics: [], written: [], seconds: 0, failure: { kind: 'intern', message: (e as Error)?.stack ?? String(e) } }),
    );
  }

  /** One worker thread, started with the first build and kept for the next (a dead one is replaced by tinypool). */
  private async started(): Promise<Tinypool> {
    const workerData: WorkerRole = { role: 'build', formats: this.formats };
    const { default: Pool } = await import('tinypool');
    if (this.closed) throw new Error('the background builds are closed');
    this.pool ??= new Pool({ filename: WORKER_URL.href, name: 'buildJob', workerData, minThreads: 1, maxThreads: 1 });
    return this.pool;
  }

  private finish(outcome: BuildOutcome): void {
    const job = this.current!;
    this.current = undefined;
    this.onDone(job, outcome);
    this.next();
  }
}
