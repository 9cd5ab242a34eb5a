import { Worker } from 'node:worker_threads';
import type { PostSummary } from '../core/postSummary';
import { summarizeFile, type SummaryRequest } from './summarizeFile';
import { nodeFileSystem } from './nodeFileSystem';
import type { WorkerRequest, WorkerResponse } from './summaryWorker';

/** After this long without work the worker stops, and its memory goes back to the system. */
const IDLE_MS = 5000;
/** Small heaps: the worker collects its garbage often, off the server's thread, instead of growing. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

interface Pending {
  worker: Worker;
  request: SummaryRequest;
  resolve(summary: PostSummary | undefined): void;
  reject(error: Error): void;
}

/**
 * Summarizes posts on a worker thread, so that parsing a workspace runs beside the language server's thread instead
 * of between its keystrokes. Should the worker fail, its requests and all later ones are summarized in this thread.
 */
export class SummaryThread {
  private worker?: Worker;
  private failed = false;
  private requests = 0;
  private readonly pending = new Map<number, Pending>();
  private idleTimer?: ReturnType<typeof setTimeout>;

  /** `script`: the worker's entry (dist/summaryWorker.js beside the server bundle). */
  constructor(private readonly script: string) {}

  summarize(request: SummaryRequest): Promise<PostSummary | undefined> {
    if (this.failed) return summarizeFile(request, nodeFileSystem);
    clearTimeout(this.idleTimer);
    const worker = this.worker ?? this.start();
    const id = ++this.requests;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { worker, request, resolve, reject });
      worker.postMessage({ ...request, id } satisfies WorkerRequest);
    });
  }

  private start(): Worker {
    const worker = new Worker(this.script, { resourceLimits: RESOURCE_LIMITS });
    worker.unref();
    worker.on('message', (response: WorkerResponse) => this.answer(response));
    worker.on('error', () => this.fail(worker));
    worker.on('exit', () => this.fail(worker));
    this.worker = worker;
    return worker;
  }

  private answer({ id, summary, error }: WorkerResponse): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (error) pending?.reject(new Error(error));
    else pending?.resolve(summary);
    if (this.pending.size === 0) this.idleTimer = setTimeout(() => this.stop(), IDLE_MS).unref();
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  /** A worker that stops with work in hand has failed: that work, and all that follows, is done here instead. */
  private fail(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    for (const [id, pending] of this.pending) {
      if (pending.worker !== worker) continue;
      this.failed = true;
      this.pending.delete(id);
      summarizeFile(pending.request, nodeFileSystem).then(pending.resolve, pending.reject);
    }
  }
}
