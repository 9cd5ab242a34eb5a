// The worker's side of WorkerPool: runs each job it is handed with the handler of its kind and answers with the value
// or the error's message. Messages without an id are notifications: handled, never answered.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { nicenessBelowThisThread } from './priority';
import type { JobKinds } from './workerPool';

export interface WorkerSetup {
  /**
   * How many steps of niceness below the thread that starts it the worker's thread runs (Linux gives each thread its
   * own): 10 lower, when both want the CPU, the thread that routes messages gets nine tenths of it.
   */
  lowerPriorityBy?: number;
  /** The locale of the messages the jobs write. */
  locale?: string;
  /** A job (with no input) run before the worker says it is ready: loading what every job will need. */
  warmUp?: string;
}

/** What a worker says once it serves jobs (deadlines count from then, not from its start), with its thread's id. */
export interface Ready {
  ready: true;
  /** The operating system's id of the worker's thread (Linux), by which its priority can be lowered from outside. */
  threadId?: number;
}

export interface JobRequest {
  /** Absent for a notification. */
  id?: number;
  kind: string;
  input: unknown;
}

export interface JobReply {
  id: number;
  value?: unknown;
  /** The message of what the handler threw. */
  error?: string;
}

/** Serves the pool from this worker thread; returns the setup the pool gave it. */
export function serveJobs(handlers: JobKinds): WorkerSetup {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  const setup = (workerData ?? {}) as WorkerSetup;
  if (setup.lowerPriorityBy) lowerPriority(setup.lowerPriorityBy);
  port.on('message', async ({ id, kind, input }: JobRequest) => {
    let reply: JobReply;
    try {
      const handler = handlers[kind] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`no job of kind ${kind}`);
      reply = { id: id ?? 0, value: await handler(input) };
    } catch (error) {
      reply = { id: id ?? 0, error: error instanceof Error ? error.message : String(error) };
    }
    if (id !== undefined) port.postMessage(reply);
  });
  const ready = () => port.postMessage({ ready: true, threadId: osThreadId() } satisfies Ready);
  const warmUp = setup.warmUp ? (handlers[setup.warmUp] as (input: undefined) => unknown)(undefined) : undefined;
  // A warm-up that fails leaves the work to the jobs, which then fail with its error.
  void Promise.resolve(warmUp).then(ready, ready);
  return setup;
}

/** Elsewhere than Linux this would lower the whole process's priority, so it is left alone. */
function lowerPriority(by: number): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(nicenessBelowThisThread(by));
  } catch {
    // A sandbox may refuse it; the worker then runs at the server's priority, which is only less kind to typing.
  }
}

/** This thread's id (Linux: `/proc/thread-self` links to `<pid>/task/<tid>`); undefined elsewhere. */
function osThreadId(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  } catch {
    return undefined;
  }
}
