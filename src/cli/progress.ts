/**
 * The progress of a batch on a terminal: one line that is rewritten in place. Other output goes
 * above it through `above`. When the stream is not a terminal, nothing is drawn (the caller prints
 * plain lines instead).
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = performance.now();
  private readonly timer?: NodeJS.Timeout;

  constructor(private readonly total: number, private readonly active: boolean, private readonly stream: NodeJS.WriteStream = process.stderr) {
    if (!active) return;
    this.draw();
    this.timer = setInterval(() => this.draw(), 500);
    this.timer.unref();
  }

  /** Writes other output with the progress line out of the way, then draws it again. */
  above(write: () => void): void {
    this.clear();
    write();
    this.draw();
  }

  finished(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    this.draw();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }

  private draw(): void {
    if (!this.active) return;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1).replace('.', ',');
    const failed = this.failed ? ` · ${this.failed} med feil` : '';
    this.stream.write(`\r\x1b[KBygger ${this.done}/${this.total} dokumenter${failed} · ${seconds} s`);
  }

  private clear(): void {
    if (this.active) this.stream.write('\r\x1b[K');
  }
}
