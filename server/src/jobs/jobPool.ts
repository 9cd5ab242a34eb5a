// A small pool of workers that run jobs with a deadline and a heap cap: whatever a job does (a parse that never ends, a
// render that eats memory), the thread that asked only waits for an outcome, never for the work itself. No Node.js
// here: the workers are Node's worker threads (workerPool.ts) or a browser's Web Workers (lsp/browser/webJobs.ts).
import type { FileSystem } from '../core/fileSystem';
import type { FileRequest, JobReply, PoolMessage, WorkerMessage } from './serveJobs';

/** What became of a job. Only `done` carries a value; the others say why there is none. */
export type JobOutcome<T> =
  | { status: 'done'; value: T }
  /** The job threw; its worker carries on. */
  | { status: 'failed'; message: string }
  /** Over its deadline: the worker was stopped and will be replaced. */
  | { status: 'timedOut' }
  /** Its worker ran out of heap (`memoryMb`) and will be replaced. */
  | { status: 'outOfMemory' }
  /** Its worker stopped for another reason (it could not start, or exited). */
  | { status: 'crashed'; message: string }
  /** Dropped before it started: a newer job with the same key took its place, or the pool closed. */
  | { status: 'cancelled' };

/** The jobs a worker script serves, by kind: each takes one input and returns (or resolves to) its value. */
export type JobKinds = Record<string, (input: never) => unknown>;

export type InputOf<Kinds extends JobKinds, Kind extends keyof Kinds> = Parameters<Kinds[Kind]>[0];
export type ValueOf<Kinds extends JobKinds, Kind extends keyof Kinds> = Awaited<ReturnType<Kinds[Kind]>>;

/** Whatever runs jobs: a WorkerPool, or InThreadJobs where there are no workers. */
export interface JobRunner<Kinds extends JobKinds> {
  run<Kind extends keyof Kinds & string>(
    kind: Kind,
    input: InputOf<Kinds, Kind>,
    options: JobOptions,
  ): Promise<JobOutcome<ValueOf<Kinds, Kind>>>;
  /** A message for the workers that run: handled between jobs, never answered. */
  notify<Kind extends keyof Kinds & string>(kind: Kind, input: InputOf<Kinds, Kind>): void;
}

/** A worker as the pool drives it, whatever runs it: a Node worker thread (workerPool.ts) or a browser's Web Worker. */
export interface PoolWorker {
  postMessage(message: PoolMessage): void;
  terminate(): unknown;
  /** A busy worker keeps a Node process alive (a CLI waiting on it); an idle one does not. */
  ref?(): void;
  unref?(): void;
  /** Lowers the worker's thread for a long job; false when it cannot be (no thread id, or the system refuses). */
  demote?(): boolean;
  /** Milliseconds its thread has waited for a CPU while it could have run, where the platform tells it (Linux). */
  waitedForCpuMs?(): number | undefined;
}

/** What the pool hears from a worker it started. */
export interface WorkerEvents {
  message(message: WorkerMessage): void;
  /** The worker is gone: out of memory, failed to start, or exited. */
  lost(outcome: Extract<JobOutcome<never>, { status: 'outOfMemory' | 'crashed' }>): void;
}

/** Starts a worker that serves jobs (serveJobs.ts), under a heap cap of `memoryMb` where the platform has one. */
export type StartWorker = (events: WorkerEvents, memoryMb: number) => PoolWorker;

export interface JobPoolOptions {
  start: StartWorker;
  /** Most workers running at once. */
  size: number;
  /**
   * A worker more is started only while more than this many jobs wait per worker at work (a worker whose job outlasts
   * `demoteAfterMs` no longer counts): starting one, and warming it up, costs CPU that few short jobs do not repay.
   * 0 (the default): whenever a job waits and no worker is idle.
   */
  waitingJobsPerWorker?: number;
  /** Each worker's heap cap (V8's old generation), in MB, where the platform can set one. */
  memoryMb: number;
  /** A worker without work for this long stops, and its memory goes back to the system. */
  idleMs: number;
  /**
   * A job running longer than this is most likely a pathological post's: its worker's thread is lowered (where the
   * platform can), so that the short jobs of the posts being typed in, and the thread that routes, go first on a
   * busy machine; the worker is replaced once the job ends (a thread's niceness cannot be raised again).
   */
  demoteAfterMs?: number;
  /** Answers the reads of workers that relay them (a setup's `relayFiles`); a worker that asks without it gets an error. */
  files?: FileSystem;
  /**
   * Deadlines leave out the time a worker's thread waited for a CPU, where the platform tells it: a check's verdict is
   * then the same on a busy machine, or with its thread lowered, as `check`'s and the editor's must be. Renders keep the
   * wall clock for now: Liquid stops a template at a wall-clock limit of its own (jekyllLiquid.ts).
   */
  ownTimeDeadlines?: boolean;
}

export interface JobOptions {
  /**
   * From the moment the worker is ready for the job (a cold worker's start is not counted); with `ownTimeDeadlines`,
   * less the time its thread waited for a CPU.
   */
  deadlineMs: number;
  /** Jobs with the same key (a document) run one at a time, and a newer one cancels those still waiting. */
  key?: string;
}

interface Job {
  id: number;
  kind: string;
  input: unknown;
  options: JobOptions;
  settle(outcome: JobOutcome<unknown>): void;
}

/** When a job started, and how long its worker's thread had waited for a CPU by then (where the platform tells it). */
interface JobStart {
  at: number;
  waited: number | undefined;
}

/** A worker that is not ready this long after its start (it never loads) is given up. */
const STARTUP_TIMEOUT_MS = 30_000;

interface Slot {
  worker: PoolWorker;
  /** Set once the worker has loaded its script and serves jobs. */
  ready: boolean;
  /** Set when its job outlasted `demoteAfterMs`. */
  longJob?: boolean;
  /** Set when its thread was lowered for a long job: it is replaced once the job ends. */
  demoted?: boolean;
  demotion?: ReturnType<typeof setTimeout>;
  job?: Job;
  deadline?: ReturnType<typeof setTimeout>;
  idleTimer?: ReturnType<typeof setTimeout>;
}

export class JobPool<Kinds extends JobKinds> implements JobRunner<Kinds> {
  private readonly queue: Job[] = [];
  private readonly slots = new Set<Slot>();
  private jobs = 0;

  constructor(private readonly options: JobPoolOptions) {}

  /** Queues a job; the promise never rejects, it settles with the job's outcome. */
  run<Kind extends keyof Kinds & string>(
    kind: Kind,
    input: InputOf<Kinds, Kind>,
    options: JobOptions,
  ): Promise<JobOutcome<ValueOf<Kinds, Kind>>> {
    if (options.key !== undefined) this.cancelQueued(options.key);
    return new Promise((settle) => {
      this.queue.push({ id: ++this.jobs, kind, input, options, settle: settle as Job['settle'] });
      this.dispatch();
    });
  }

  /** Sends a message every running worker handles between jobs (a cache to drop); no worker is started for it. */
  notify<Kind extends keyof Kinds & string>(kind: Kind, input: InputOf<Kinds, Kind>): void {
    for (const { worker } of this.slots) worker.postMessage({ kind, input });
  }

  /** Later jobs start workers with this heap cap; running workers keep theirs until they are replaced or retire. */
  setMemoryLimit(memoryMb: number): void {
    this.options.memoryMb = memoryMb;
  }

  /** Cancels waiting jobs and stops every worker; running jobs settle as `cancelled`. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.settle({ status: 'cancelled' });
    await Promise.all([...this.slots].map((slot) => this.discard(slot, { status: 'cancelled' })));
  }

  private cancelQueued(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].options.key !== key) continue;
      this.queue[i].settle({ status: 'cancelled' });
      this.queue.splice(i, 1);
    }
  }

  /** Hands waiting jobs to idle workers, starting workers up to `size`; a job waits while another with its key runs. */
  private dispatch(): void {
    for (;;) {
      const running = new Set([...this.slots].flatMap((slot) => slot.job?.options.key ?? []));
      const index = this.queue.findIndex((job) => job.options.key === undefined || !running.has(job.options.key));
      if (index < 0) return;
      const slot = [...this.slots].find((candidate) => !candidate.job) ?? (this.mayGrow() ? this.spawn() : undefined);
      if (!slot) return;
      this.start(slot, this.queue.splice(index, 1)[0]);
    }
  }

  private mayGrow(): boolean {
    const atWork = [...this.slots].filter((slot) => !slot.longJob).length;
    return this.slots.size < this.options.size && this.queue.length > atWork * (this.options.waitingJobsPerWorker ?? 0);
  }

  private start(slot: Slot, job: Job): void {
    clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    slot.job = job;
    if (slot.ready) this.startClock(slot, job);
    // A busy worker keeps the process alive (a CLI waiting on it); an idle one does not, nor do the timers.
    slot.worker.ref?.();
    slot.worker.postMessage({ id: job.id, kind: job.kind, input: job.input });
  }

  private startClock(slot: Slot, job: Job): void {
    clearTimeout(slot.deadline);
    const waited = this.options.ownTimeDeadlines ? slot.worker.waitedForCpuMs?.() : undefined;
    const start = { at: Date.now(), waited };
    this.armDeadline(slot, job.options.deadlineMs, start, job.options.deadlineMs);
    const { demoteAfterMs } = this.options;
    if (demoteAfterMs !== undefined) slot.demotion = background(setTimeout(() => this.demote(slot), demoteAfterMs));
  }

  /**
   * Stops the job once `deadlineMs` have passed since `start`, not counting the time its worker's thread waited for a
   * CPU (where the platform tells it); looked at again `waitMs` from now, when the time left could have run out.
   */
  private armDeadline(slot: Slot, deadlineMs: number, start: JobStart, waitMs: number): void {
    slot.deadline = background(
      setTimeout(() => {
        const waited = start.waited === undefined ? undefined : slot.worker.waitedForCpuMs?.();
        const starved = waited === undefined ? 0 : waited - start.waited!;
        const left = deadlineMs - (Date.now() - start.at - starved);
        if (left >= 1) this.armDeadline(slot, deadlineMs, start, left);
        else void this.discard(slot, { status: 'timedOut' });
      }, waitMs),
    );
  }

  /**
   * Lowers the thread of a worker whose job runs long, and lets the jobs waiting behind it have another worker. One
   * more starts when none is idle, so that what follows the long job (its own report once it is abandoned, the next
   * post) finds a warm worker rather than waiting for a start after the deadline.
   */
  private demote(slot: Slot): void {
    slot.longJob = true;
    this.dispatch();
    if (this.slots.size < this.options.size && [...this.slots].every((other) => other.job)) this.spawn();
    slot.demoted = slot.worker.demote?.() ?? false;
  }

  private spawn(): Slot {
    const slot = { ready: false } as Slot;
    slot.worker = this.options.start(
      {
        message: (message) => this.heard(slot, message),
        lost: (outcome) => void this.discard(slot, outcome),
      },
      this.options.memoryMb,
    );
    slot.deadline = background(
      setTimeout(
        () => void this.discard(slot, { status: 'crashed', message: 'the worker did not start' }),
        STARTUP_TIMEOUT_MS,
      ),
    );
    this.slots.add(slot);
    return slot;
  }

  private heard(slot: Slot, message: WorkerMessage): void {
    if ('ready' in message) this.ready(slot);
    else if ('fileRequests' in message) for (const request of message.fileRequests) void this.read(slot, request);
    else this.finish(slot, message);
  }

  private ready(slot: Slot): void {
    slot.ready = true;
    clearTimeout(slot.deadline);
    if (slot.job) this.startClock(slot, slot.job);
    else this.rest(slot);
  }

  /** A read the worker relays (its job reads the workspace through this thread). */
  private async read(slot: Slot, { fileRequest, method, path }: FileRequest): Promise<void> {
    let reply: PoolMessage;
    try {
      if (!this.options.files) throw new Error('this pool reads no files for its workers');
      reply = { fileReply: fileRequest, value: await this.options.files[method](path) };
    } catch (error) {
      reply = { fileReply: fileRequest, error: error instanceof Error ? error.message : String(error) };
    }
    if (this.slots.has(slot)) slot.worker.postMessage(reply);
  }

  private finish(slot: Slot, reply: JobReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    clearTimeout(slot.deadline);
    clearTimeout(slot.demotion);
    slot.job = undefined;
    slot.longJob = false;
    job.settle(
      reply.error === undefined ? { status: 'done', value: reply.value } : { status: 'failed', message: reply.error },
    );
    if (slot.demoted) return void this.discard(slot, { status: 'cancelled' });
    this.restIdle();
    this.dispatch();
  }

  /** A ready worker without a job retires after `idleMs`; while a long job runs, the others are kept warm for what follows. */
  private rest(slot: Slot): void {
    slot.worker.unref?.();
    if (slot.idleTimer !== undefined || [...this.slots].some((other) => other.longJob)) return;
    slot.idleTimer = background(
      setTimeout(() => void this.discard(slot, { status: 'cancelled' }), this.options.idleMs),
    );
  }

  private restIdle(): void {
    for (const slot of this.slots) if (slot.ready && !slot.job) this.rest(slot);
  }

  /**
   * Stops a worker: it retired, or it is lost (over its deadline, out of memory, crashed) and its job settles with
   * `outcome`. The next waiting job starts a fresh worker. The first event about a worker wins; the exit that follows
   * a termination finds it gone.
   */
  private async discard(slot: Slot, outcome: JobOutcome<never>): Promise<void> {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.deadline);
    clearTimeout(slot.demotion);
    clearTimeout(slot.idleTimer);
    slot.job?.settle(outcome);
    this.restIdle();
    this.dispatch();
    await slot.worker.terminate();
  }
}

/** A timer that does not keep a Node process alive (a browser's timers never do). */
function background(timer: ReturnType<typeof setTimeout>): ReturnType<typeof setTimeout> {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}
