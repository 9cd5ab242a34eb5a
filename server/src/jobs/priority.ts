import { getPriority } from 'node:os';

/** The least favoured niceness Linux gives a thread. */
const LEAST_FAVOURED = 19;

/**
 * The niceness `by` steps below the calling thread's (Linux gives each thread its own), so that a thread started from a
 * server run under `nice` still yields to it.
 */
export function nicenessBelowThisThread(by: number): number {
  return Math.min(LEAST_FAVOURED, getPriority() + by);
}
