// The server's thread never waits on a post. Whatever markup a language model repeats inside a paper entry (openers
// `- `, `> `, `*`, `_`, `[`, `|`, `<`, Liquid's `{{` and `{% if %}`… repeated or mixed, up to 100 KB), opening the post, editing inside the repeated
// markup and editing elsewhere in it cost the thread at most 50 ms at a time while the analyzer (over the built worker,
// dist/jobWorker.js) makes the three analyses and their diagnostics are converted for the client. "At a time" is the
// CPU the thread spends between two turns of its event loop (from /proc/thread-self/schedstat, every 2 ms): the wall
// clock would count the moments other processes of a busy machine take the core, which no design of ours can prevent.
// Bounds: 12 posts, a 1 s check deadline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import './seed';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PostJobs } from '../../server/src/jobs/postJobs';
import { WorkerPool } from '../../server/src/jobs/workerPool';
import { Analyzer } from '../../server/src/lsp/analysis';
import { provideDiagnostics } from '../../server/src/lsp/features/diagnostics';
import { resolveSettings } from '../../server/src/settings/settings';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { post, REPO } from '../helpers';

const BOUND_MS = 50;
const URI = 'file:///blog/_posts/2025-10-31-daily-papers.md';
const OPENERS = ['- ', '> ', '*', '_', '[', '|', '<', '> - ', '*a', '_a_ ', '1. ', '`', '\n', '{{', '{% if x %}', '}'];

const pool = new WorkerPool<PostJobs>({
  script: join(REPO, 'dist/jobWorker.js'),
  size: 2,
  memoryMb: 256,
  idleMs: 60_000,
});
after(() => pool.close());
const settings = resolveSettings({ limits: { checkTimeoutMs: 1000 } });

/** Openers repeated with a period (`> - > - …`) or mixed at random, to `size` characters. */
const repeatedMarkup = fc
  .record({
    openers: fc.array(fc.constantFrom(...OPENERS), { minLength: 1, maxLength: 6 }),
    mixed: fc.boolean(),
    size: fc.integer({ min: 2000, max: 100_000 }),
  })
  .map(({ openers, mixed, size }) => {
    if (!mixed)
      return openers
        .join('')
        .repeat(Math.ceil(size / openers.join('').length))
        .slice(0, size);
    let text = '';
    for (let i = 0; text.length < size; i++) text += openers[(i * 7919 + (i >> 3)) % openers.length];
    return text;
  });

/** This thread's CPU time so far, in ms (Linux: the first field of its schedstat, in ns). */
function threadCpuMs(): number {
  return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
}

/** The most CPU this thread spent between two turns of its event loop while `run` ran, in ms. */
async function longestTurn(run: () => Promise<void>): Promise<number> {
  let last = threadCpuMs();
  let longest = 0;
  const sampler = setInterval(() => {
    const now = threadCpuMs();
    longest = Math.max(longest, now - last);
    last = now;
  }, 2);
  await run();
  clearInterval(sampler);
  return Math.max(longest, threadCpuMs() - last);
}

/** Opens the post, edits inside its repeated markup, then at its start; each analysis converted for the client. */
async function openAndEdit(text: string, at: number): Promise<void> {
  const analyzer = new Analyzer(pool, {
    folders: () => ['file:///blog'],
    siteOf: async () => undefined,
    elsewhere: (uri) => ({ digestedElsewhere: new WorkspaceIndex().lookupFor(uri) }),
  });
  const versions = [text, text.slice(0, at) + text.slice(at + 1), `가${text.slice(0, at)}${text.slice(at + 1)}`];
  for (const [i, version] of versions.entries()) {
    const document = TextDocument.create(URI, 'markdown', i + 1, version);
    const analysis = await analyzer.analyze(document, settings);
    if (analysis?.isDigest) provideDiagnostics({ document, analysis });
  }
}

describe(
  "the server's thread",
  { skip: process.platform !== 'linux' && "reads the thread's CPU time from /proc" },
  () => {
    it(
      `is never held more than ${BOUND_MS} ms at a time by a post of repeated markup`,
      { timeout: 600_000 },
      async () => {
        const worst: number[] = [];
        await fc.assert(
          fc.asyncProperty(repeatedMarkup, async (markup) => {
            const base = post([{}, {}]);
            const method = base.indexOf('## Method\n') + '## Method\n'.length;
            const text = `${base.slice(0, method)}${markup}\n\n${base.slice(method)}`;
            const at = method + Math.floor(markup.length / 2);
            const delay = await longestTurn(() => openAndEdit(text, at));
            worst.push(delay);
            assert.ok(
              delay <= BOUND_MS,
              `held ${delay.toFixed(1)} ms by ${markup.length} characters of ${JSON.stringify(markup.slice(0, 24))}…`,
            );
          }),
          { numRuns: 12 },
        );
        console.log(
          `the server's thread's longest turn per post, ms of CPU: ${worst.map((ms) => ms.toFixed(1)).join(' ')}`,
        );
      },
    );
  },
);
