import { Worker } from 'node:worker_threads';
import type { DocxRenderer, DocxReply, DocxRequest, WorkerRole } from './types.js';
import type { DocumentModel } from '../model/document.js';

import { WORKER_URL } from './workerPool.js';

async function renderHere(model: DocumentModel): Promise<Uint8Array> {
  const { renderDocx } = await import('../render/docx/index.js');
  return renderDocx(model);
}

/**
 * A worker thread that keeps the DOCX renderer loaded, for watch: while it renders a rebuilt document's DOCX, the
 * main thread renders the PDF, and each rebuild takes about as long as the slower of the two instead of both.
 * If the worker dies, what it was rendering, and everything after, is rendered in this thread; an error in the
 * rendering itself is thrown as it would be here.
 */
export class DocxWorker {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, { model: DocumentModel; resolve: (docx: Uint8Array) => void; reject: (e: Error) => void }>();

  constructor() {
    const role: WorkerRole = { role: 'docx' };
    const worker = new Worker(WORKER_URL, { workerData: role });
    worker.unref();
    worker.on('message', (reply: DocxReply) => {
      const request = this.pending.get(reply.id);
      if (!request) return;
      this.pending.delete(reply.id);
      if (reply.error === undefined) request.resolve(reply.docx);
      else request.reject(new Error(reply.error));
    });
    worker.on('error', () => this.lost());
    worker.on('exit', () => this.lost());
    this.worker = worker;
  }

  readonly render: DocxRenderer = (model) => {
    if (!this.worker) return renderHere(model);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { model, resolve, reject });
      this.worker!.postMessage({ id, model } satisfies DocxRequest);
    });
  };

  /** Stops the worker; renders under way finish in this thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.lost();
    await worker?.terminate();
  }

  private lost(): void {
    this.worker = undefined;
    for (const [id, { model, resolve, reject }] of this.pending) {
      this.pending.delete(id);
      renderHere(model).then(resolve, reject);
    }
  }
}
