// The pool of the desktop's server and the CLI: Node worker threads, each under a heap cap (`resourceLimits`), whose
// thread a long job can lower (Linux gives each thread its own niceness), and whose deadlines leave out the time their
// thread waited for a CPU (Linux reports it per thread).
import { setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { nicenessBelowThisThread } from './priority';
import { threadWaitMs } from './threadWait';
import { JobPool, type JobKinds, type JobPoolOptions, type StartWorker } from './jobPool';
import type { WorkerMessage, WorkerSetup } from './serveJobs';

export interface PoolOptions extends Omit<JobPoolOptions, 'start'> {
  /** The worker's entry: a bundled script that serves jobs through `nodeJobPort`. */
  script: string;
  /**
   * Each worker's young generation, in MB (V8's default when absent): a small one collects garbage often, holding
   * less memory for more CPU. Checking the blog's 60 posts on two workers: 8 MB peaked at 133 MB and 2.45 s of CPU,
   * V8's default at 178 MB and 2.07 s; 1,000 posts: 8 MB took 36.6 s of CPU, the default 17.2 s.
   */
  youngGenerationMb?: number;
  setup?: WorkerSetup;
}

/**
 * The young generation of the language server's workers, which live long and do small jobs: they keep little memory.
 * A check's verdict near the heap cap depends on it, so the CLI checks a post that may come near (repeated markup) on
 * a worker of the same shape.
 */
export const SERVER_YOUNG_GENERATION_MB = 8;

/** How far below the pool's thread a worker whose job runs long is lowered. */
const DEMOTION = 10;

export class WorkerPool<Kinds extends JobKinds> extends JobPool<Kinds> {
  constructor({ script, youngGenerationMb, setup, ...options }: PoolOptions) {
    super({ ...options, start: workerThreads(script, youngGenerationMb, setup ?? {}) });
  }
}

function workerThreads(script: string, youngGenerationMb: number | undefined, setup: WorkerSetup): StartWorker {
  return (events, memoryMb) => {
    const worker = new Worker(script, {
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: youngGenerationMb },
    });
    let threadId: number | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) threadId = message.threadId;
      events.message(message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      events.lost(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { status: 'outOfMemory' }
          : { status: 'crashed', message: error.message },
      );
    });
    worker.on('exit', (code) => events.lost({ status: 'crashed', message: `the worker exited with code ${code}` }));
    return {
      postMessage: (message) => worker.postMessage(message),
      terminate: () => worker.terminate(),
      ref: () => worker.ref(),
      unref: () => worker.unref(),
      waitedForCpuMs: () => (threadId === undefined ? undefined : threadWaitMs(threadId)),
      demote() {
        if (threadId === undefined) return false;
        try {
          setPriority(threadId, nicenessBelowThisThread(DEMOTION));
          return true;
        } catch {
          // The thread ended meanwhile, or the system refuses: the job runs on at its priority.
          return false;
        }
      },
    };
  };
}
