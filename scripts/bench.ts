// npm run bench: how long validation takes next to a bare remark-parse parse of the same post, as ratios.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { validateDigest } from '../server/src/core/validate';
import { generatePost } from '../test/generatedBlog';

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `run`, after warming up, over enough runs to take about `budgetMs`. */
export function measure(run: () => void, budgetMs = 1500): number {
  for (let i = 0; i < 3; i++) run();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < 5 || (performance.now() < until && samples.length < 500)) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const bareParser = unified().use(remarkParse);

function main(): void {
  console.log('papers  bytes     remark-parse   validation   ratio');
  for (const count of [3, 30, 300]) {
    const text = generatePost(count);
    const bare = measure(() => bareParser.parse(text));
    const full = measure(() => validateDigest(text, { fileName: '2025-10-31-daily-papers.md' }));
    console.log(`${String(count).padStart(6)}  ${String(Buffer.byteLength(text)).padStart(8)}  ${bare.toFixed(2).padStart(10)} ms  ${full.toFixed(2).padStart(8)} ms  ${(full / bare).toFixed(2)}x`);
  }
}

if (require.main === module) main();
