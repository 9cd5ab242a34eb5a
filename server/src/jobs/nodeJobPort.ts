// The worker's end of a Node worker thread started by WorkerPool: its setup is the thread's workerData, its thread
// lowered the steps of niceness asked, and its Ready names its thread so that the pool can lower it later.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { nicenessBelowThisThread } from './priority';
import type { JobPort, WorkerSetup } from './serveJobs';

export function nodeJobPort(): JobPort {
  const port = parentPort;
  if (!port) throw new Error('nodeJobPort runs in a worker thread');
  const setup = (workerData ?? {}) as WorkerSetup;
  if (setup.lowerPriorityBy) lowerPriority(setup.lowerPriorityBy);
  return {
    setup,
    post: (message) => port.postMessage(message),
    listen: (listener) => port.on('message', listener),
    ready: () => ({ threadId: osThreadId() }),
  };
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
