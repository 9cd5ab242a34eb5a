import { setFlagsFromString } from 'node:v8';

/**
 * V8 hands a function to TurboFan, its optimizing compiler, once it has run a budget of bytecode (66 KB on Node 20),
 * and compiles it on threads of its own. A worker's first jobs are cold code: the renderer's first render of a post and
 * its first reading of a site had TurboFan spend more CPU beside them than it saved (the real blog's 3-paper post: 0.40 s
 * of CPU for the process against 0.20 s on the worker's thread; with a budget of 1 MB, 0.30 s, the worker's thread
 * 0.01 s more; the site's reading 0.17 → 0.09 s), on the two cores a cold preview shares with the server's start and
 * the index. Hot code still gets optimized: a keystroke's render took no more CPU after 30 renders either way. Set
 * before the workers start: the budget counts for the functions made after it. Measured on V8 11 (Node 20) only; later
 * ones, whose Maglev tier makes optimizing cheaper, keep their own.
 */
export function budgetOptimization(): void {
  if (process.versions.v8.startsWith('11.')) setFlagsFromString('--interrupt-budget=1000000');
}
