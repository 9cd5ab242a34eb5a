// How long a thread of this process has waited for a CPU while it could have run (Linux's scheduler statistics): a
// job's deadline leaves that time out, so that a busy machine, or a thread lowered for a long job, does not make a post
// look too complex to check, while a job that waits on anything else (a read, a promise that never settles) is still
// stopped. Elsewhere, and in a browser, deadlines count the wall clock.
import { readFileSync } from 'node:fs';

/**
 * Milliseconds the thread with this Linux id (this thread without one) has spent runnable but not running; undefined
 * where the system does not say (not Linux, or a kernel without scheduler statistics).
 */
export function threadWaitMs(threadId?: number): number | undefined {
  const folder = threadId === undefined ? '/proc/thread-self' : `/proc/self/task/${threadId}`;
  try {
    // Nanoseconds on a CPU, nanoseconds waiting on a run queue, time slices.
    const waited = Number(readFileSync(`${folder}/schedstat`, 'utf8').split(' ')[1]);
    return Number.isFinite(waited) ? waited / 1e6 : undefined;
  } catch {
    return undefined;
  }
}
