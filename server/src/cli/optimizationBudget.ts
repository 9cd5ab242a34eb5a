import { setFlagsFromString } from 'node:v8';

/**
 * V8 hands a function to TurboFan once it has run a budget of bytecode (66 KB on Node 20). A run of the CLI lasts
 * seconds, and there the optimizing compiles cost more CPU than the code they make saves: with a budget of 1 MB,
 * `render --out` of 29 posts optimized 110 functions instead of 564 and took 0.68x the CPU; `check` of 60 posts 0.74x,
 * of 1,000 posts 0.76x. The budget counts for the functions made after it is set (the checks' bundle, every worker's).
 * Measured on V8 11 (Node 20) only: later ones, whose Maglev tier makes optimizing cheaper, keep their own budget.
 */
export function budgetOptimizationForShortRuns(): void {
  if (process.versions.v8.startsWith('11.')) setFlagsFromString('--interrupt-budget=1000000');
}
