// Linux gives each thread its own niceness: what the tests of lowered workers read of this process's threads.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';

/** The niceness of every thread of this process (`/proc/self/task/<tid>/stat`, field 19). */
export function threadNiceness(): number[] {
  return readdirSync('/proc/self/task').map((task) =>
    Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1].split(' ')[16]),
  );
}

/** The niceness of a thread lowered `by` steps below this one, as the pool lowers it (the least favoured is 19). */
export function lowered(by: number): number {
  return Math.min(19, getPriority() + by);
}
