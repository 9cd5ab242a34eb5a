// npm run bench, keystroke section: the latency of one keystroke typed into a paper entry (validated after each), full
// and incremental, and markdownlint linting the same post with its default rules (what a user would pick instead), as
// ratios against a bare remark-parse parse of the same post; and what Full and Incremental text sync cost the server.
import { lint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reparseDigest } from '../server/src/core/reparseDigest';
import { DEFAULT_SCHEMA } from '../server/src/core/schema';
import { validateDigest, validateModel } from '../server/src/core/validate';
import { generatePost } from '../test/generatedBlog';
import { measure, median, percentile } from './bench';

const OPTIONS = { fileName: '2025-10-31-daily-papers.md' };
const TYPED = '본 연구는 새로운 방법을 제안한다 ';
/** Keystrokes timed per size; whole-post work on 300 papers takes about a second a keystroke, so fewer of those. */
const KEYSTROKES = { incremental: 300, whole: { 3: 200, 30: 100, 300: 25 } as Record<number, number> };

const bareParser = unified().use(remarkParse);

/** The post after each of `count` keystrokes typed into the Method section of its middle entry, one in six a backspace. */
export function typing(post: string, count: number): string[] {
  const methods = [...post.matchAll(/^## Method *\n/gm)];
  const middle = methods[Math.floor(methods.length / 2)];
  let cursor = middle.index + middle[0].length;
  let text = post;
  return Array.from({ length: count }, (_, i) => {
    if (i % 6 === 5) text = text.slice(0, cursor - 1) + text.slice(cursor--);
    else text = text.slice(0, cursor) + TYPED[i % TYPED.length] + text.slice(cursor++);
    return text;
  });
}

/** Milliseconds each version took to check, after a few versions of warm-up. */
function perKeystroke(versions: string[], check: (text: string) => void): number[] {
  for (const text of versions.slice(0, 3)) check(text);
  return versions.slice(3).map((text) => {
    const start = performance.now();
    check(text);
    return performance.now() - start;
  });
}

function incrementalChecker(post: string): (text: string) => void {
  let previous = reparseDigest(undefined, post, DEFAULT_SCHEMA).model;
  return (text) => {
    previous = reparseDigest(previous, text, DEFAULT_SCHEMA).model;
    validateModel(previous, OPTIONS);
  };
}

/** Server-side cost of receiving one keystroke: decoding the didChange message and updating the document. */
function syncCost(post: string): { full: number; incremental: number } {
  const versions = typing(post, 60);
  const receive = (document: TextDocument, change: unknown, version: number) =>
    TextDocument.update(
      document,
      JSON.parse(JSON.stringify({ contentChanges: [change] })).contentChanges,
      version,
    ).getText();
  let i = 0;
  const full = measure(() => {
    i = (i + 1) % versions.length;
    receive(TextDocument.create('file:///post.md', 'markdown', 1, post), { text: versions[i] }, 2);
  }, 1000);
  const document = TextDocument.create('file:///post.md', 'markdown', 1, post);
  const at = document.positionAt(post.indexOf('## Method') + 10);
  let version = 1;
  const incremental = measure(() => receive(document, { range: { start: at, end: at }, text: '가' }, ++version), 1000);
  return { full, incremental };
}

export function keystrokeBench(): void {
  console.log(
    '\nkeystroke in a paper entry, validated after each: median / p95 in ms, (ratio to a bare remark-parse parse of the post)',
  );
  console.log(
    'papers  bytes      remark-parse     full validation               incremental                   markdownlint (defaults)',
  );
  const cell = (samples: number[], bare: number) => {
    const [mid, high] = [median(samples), percentile(samples, 0.95)];
    return `${mid.toFixed(2).padStart(7)} / ${high.toFixed(2).padStart(7)} (${(mid / bare).toFixed(3)}x / ${(high / bare).toFixed(3)}x)`.padEnd(
      30,
    );
  };
  for (const count of [3, 30, 300]) {
    const post = generatePost(count);
    const bare = measure(() => bareParser.parse(post));
    const whole = typing(post, KEYSTROKES.whole[count] + 3);
    const full = perKeystroke(whole, (text) => validateDigest(text, OPTIONS));
    const incremental = perKeystroke(typing(post, KEYSTROKES.incremental + 3), incrementalChecker(post));
    const markdownlint = perKeystroke(whole, (text) => lint({ strings: { post: text } }));
    console.log(
      `${String(count).padStart(6)}  ${String(Buffer.byteLength(post)).padStart(8)}  ${bare.toFixed(2).padStart(9)} ms   ${cell(full, bare)}${cell(incremental, bare)}${cell(markdownlint, bare)}`,
    );
  }
  const sync = syncCost(generatePost(300));
  console.log(
    `server side of one keystroke on 300 papers: Full sync ${sync.full.toFixed(2)} ms, Incremental sync ${sync.incremental.toFixed(2)} ms (decode the message, update the document)`,
  );
}
