// npm run bench: how long validation takes next to a bare remark-parse parse of the same post, as ratios.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { validateDigest } from '../server/src/core/validate';

const example = readFileSync(join(__dirname, '../examples/_posts/2025-10-31-daily-papers.md'), 'utf8');

/** A post of `count` papers made from the example's entries, renumbered, with distinct ids. */
export function generatePost(count: number): string {
  const bodyStart = example.indexOf('\n# 1.');
  const frontMatter = example.slice(0, bodyStart + 1);
  const entries = example.slice(bodyStart + 1).split(/\n(?=# \d+\. )/);
  const papers = Array.from({ length: count }, (_, i) => {
    const id = `2510.${String(10000 + i).padStart(5, '0')}`;
    return entries[i % entries.length].trimEnd().replace(/^# \d+\./, `# ${i + 1}.`).replace(/2510\.\d{5}/g, id);
  });
  return `${frontMatter}${papers.join('\n\n')}\n`;
}

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
