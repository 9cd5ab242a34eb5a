import { setFlagsFromString } from 'node:v8';

/**
 * V8 hands a function to TurboFan, its optimizing compiler, once it has run a budget of bytecode (66 KB on Node 20),
 * and compiles it on threads of its own. Where the code runs cold, those compiles cost more CPU than the code they make
 * saves; with a budget of 1 MB:
 * - a run of the CLI lasts seconds: `render --out` of 29 posts optimized 110 functions instead of 564 and took 0.68x the
 *   CPU; `check` of 60 posts 0.74x, of 1,000 posts 0.76x;
 * - the language server's preview workers: the renderer's first render of the real blog's 3-paper post took 0.30 s of
 *   the process's CPU against 0.40 s, the site's first reading 0.09 s against 0.17 s, on the two cores a cold preview
 *   shares with the server's start and the index. Hot code still gets optimized: a keystroke's render took no more CPU
 *   after 30 renders either way.
 * Set before the workers start: the budget counts for the functions made after it. Measured on V8 11 (Node 20) only;
 * later ones, whose Maglev tier makes optimizing cheaper, keep their own.
 */
export function budgetOptimization(): void {
  if (process.versions.v8.startsWith('11.')) setFlagsFromString('--interrupt-budget=1000000');
}
