// npm run bench, engine section: what the worker threads cost and what they bound, measured on the built server and
// CLI (dist/). The CLI against markdownlint-cli2 (CPU, wall, peak memory, each command run three times, the median):
// one post (beside `node -e 0`, and in a Jekyll site, whose other posts it then summarizes), the blog's posts, 1,000
// generated posts; a folder with one pathological post; the render of a 2 MB table.
// The server: typing in a normal post while a pathological one is open, against typing alone; the keystroke at 3, 30
// and 300 papers, from change to diagnostics. CPU and peak memory come from GNU time (skipped where it is missing).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePost, writeBlog } from '../test/generatedBlog';
import { EXAMPLE, pathologicalPost } from '../test/helpers';
import { LspClient, SERVER } from '../test/lsp/lspClient';
import { median } from './bench';
import { jekyllRulesBench } from './benchJekyllRules';

const REPO = join(__dirname, '..');
const CLI = join(REPO, 'dist/cli.js');
const MARKDOWNLINT = join(REPO, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const GNU_TIME = '/usr/bin/time';
const BLOG = process.env.PAPER_DIGEST_BLOG ?? join(REPO, 'test/fixtures/blog');
const RUNS = 3;
/** The default check deadline (paperDigest.limits.checkTimeoutMs). */
const CHECK_DEADLINE_MS = 5000;

export interface Run {
  wall: number;
  cpu: number;
  peakMb: number;
  code: number | null;
}

/** One run of `node args…` under GNU time: wall and CPU seconds, peak resident MB, exit code. */
function timedNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Run {
  const report = join(tmpdir(), `paper-digest-time-${process.pid}`);
  const { status } = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args], {
    cwd,
    env,
    stdio: 'ignore',
  });
  const [wall, user, system, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(report, { force: true });
  return { wall, cpu: user + system, peakMb: kb / 1024, code: status };
}

/** The median of each figure over `RUNS` runs, each in the environment `env()` gives it. */
export function measured(args: string[], cwd: string, env = () => process.env): Run {
  const runs = Array.from({ length: RUNS }, () => timedNode(args, cwd, env()));
  return {
    wall: median(runs.map((run) => run.wall)),
    cpu: median(runs.map((run) => run.cpu)),
    peakMb: median(runs.map((run) => run.peakMb)),
    code: runs[0].code,
  };
}

function row(what: string, ours: Run, theirs?: Run): void {
  const figures = (run: Run) =>
    `${run.cpu.toFixed(2).padStart(6)} s ${run.wall.toFixed(2).padStart(6)} s ${run.peakMb.toFixed(0).padStart(5)} MB`;
  const ratio = theirs
    ? `   cpu ${(ours.cpu / theirs.cpu).toFixed(2)}x, memory ${(ours.peakMb / theirs.peakMb).toFixed(2)}x`
    : '';
  console.log(`  ${what.padEnd(34)} ${figures(ours)}${theirs ? `   ${figures(theirs)}` : ''}${ratio}`);
}

export function cliBench(root: string): void {
  const posts = join(root, '_posts');
  cpSync(join(BLOG, '_posts'), posts, { recursive: true });
  const count = readdirSync(posts).length;
  const one = join('_posts', readdirSync(posts).sort().at(-1)!);
  console.log(
    `\nCLI (check) against markdownlint-cli2 with its default rules, median of ${RUNS} runs; ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`  ${''.padEnd(34)}   paper-digest: cpu   wall  peak     markdownlint-cli2: cpu   wall  peak`);
  const check = (paths: string[], cwd = root) => measured([CLI, 'check', ...paths], cwd);
  const lint = (glob: string, cwd = root) => measured([MARKDOWNLINT, glob], cwd);
  const nodeStart = measured(['-e', '0'], root);
  row('node -e 0 (the baseline)', nodeStart);
  const cache = mkdtempSync(join(root, 'code-cache-'));
  const cached = () => ({ ...process.env, XDG_CACHE_HOME: cache });
  const freshCache = () => ({ ...process.env, XDG_CACHE_HOME: mkdtempSync(join(root, 'code-cache-')) });
  // The first run writes the compiled code the others load (server/src/jobs/codeCache.ts); each cold run has none.
  const coldPost = measured([CLI, 'check', one], root, freshCache);
  timedNode([CLI, 'check', one], root, cached());
  const onePost = measured([CLI, 'check', one], root, cached);
  row('one post, first run (no code cache)', coldPost);
  row('one post', onePost, lint(one));
  const site = join(root, 'site');
  cpSync(posts, join(site, '_posts'), { recursive: true });
  writeFileSync(join(site, '_config.yml'), 'title: Daily Papers\n');
  // Cold: a fresh runner, nothing kept (no compiled code, no summaries of the other posts).
  const coldInSite = measured([CLI, 'check', one], site, freshCache);
  // The first run in the site keeps its other posts' summaries (server/src/cli/keptSummaries.ts) for the next.
  timedNode([CLI, 'check', one], site, cached());
  const inSite = measured([CLI, 'check', one], site, cached);
  row(`one post in its site of ${count}`, inSite, lint(one, site));
  row(`  the same, first run (nothing kept)`, coldInSite);
  console.log(
    `  one post in its site against the post alone: ${(inSite.cpu / onePost.cpu).toFixed(2)}x CPU with the summaries kept (goal 1.3x), ${(coldInSite.cpu / coldPost.cpu).toFixed(2)}x on a first run`,
  );
  const ownCpu = (run: Run) =>
    `${(run.cpu - nodeStart.cpu).toFixed(2)} s (the run ${(run.cpu / nodeStart.cpu).toFixed(2)}x node's start)`;
  console.log(
    `  check's own CPU over node's start (${nodeStart.cpu.toFixed(2)} s): one post ${ownCpu(onePost)}, on its first run ${ownCpu(coldPost)}; in its site, its ${count - 1} other posts' summaries kept, ${ownCpu(inSite)}`,
  );
  const blog = check(['_posts']);
  row(`the blog's ${count} posts`, blog, lint('_posts/**/*.md'));
  const generated = join(root, 'generated');
  writeBlog(generated, 1000, 10);
  const thousand = check(['_posts'], generated);
  row('1,000 posts of 10 papers', thousand, lint('_posts/**/*.md', generated));
  const generatedSmall = join(root, 'generated-100');
  writeBlog(generatedSmall, 100, 10);
  const hundred = check(['_posts'], generatedSmall);
  row('100 posts of 10 papers', hundred);
  console.log(
    `  CPU per post, 1,000 against 100 posts: ${(thousand.cpu / 1000 / (hundred.cpu / 100)).toFixed(2)}x (1.00x is linear)`,
  );

  writeFileSync(join(posts, '9999-12-31-pathological.md'), pathologicalPost('9999-12-31'));
  const withPathological = check(['_posts']);
  console.log(
    `  the blog plus one post of 40 KB of "> - ": ${withPathological.wall.toFixed(2)} s wall, exit code ${withPathological.code}` +
      ` (bound: the blog's ${blog.wall.toFixed(2)} s + one deadline ${CHECK_DEADLINE_MS / 1000} s = ${(blog.wall + CHECK_DEADLINE_MS / 1000).toFixed(2)} s)`,
  );

  const columns = Array.from({ length: 20_000 }, (_, i) => `c${i}`);
  const line = `|${columns.map(() => 'v').join('|')}|\n`;
  writeFileSync(
    join(root, 'table.md'),
    `${EXAMPLE}\n|${columns.join('|')}|\n|${columns.map(() => '---').join('|')}|\n${line.repeat(Math.floor(1_900_000 / line.length))}`,
  );
  const render = timedNode([CLI, 'render', '--body', 'table.md'], root);
  console.log(
    `  render --body of a 2 MB post with a 20,000-column table: ${render.wall.toFixed(2)} s wall, peak ${render.peakMb.toFixed(0)} MB (budget 512 MB), exit code ${render.code} (3: stopped, and said so)`,
  );
}

const TYPING_GAP_MS = 400;
const KEYSTROKES = 25;

/** From a change sent to the server to its diagnostics (after a pause in typing, the server checks at once). */
async function keystroke(client: LspClient, uri: string, text: string, version: number): Promise<number> {
  const received = client.waitForDiagnostics(uri, (params) => params.version === version, 60_000);
  const start = performance.now();
  await client.change(uri, text.replace('본 논문은', `본 논문은 ${version}`), version);
  await received;
  return performance.now() - start;
}

async function typing(
  client: LspClient,
  uri: string,
  text: string,
  firstVersion: number,
  count = KEYSTROKES,
): Promise<number[]> {
  const delays: number[] = [];
  for (let version = firstVersion; version < firstVersion + count; version++) {
    await new Promise((resolve) => setTimeout(resolve, TYPING_GAP_MS));
    delays.push(await keystroke(client, uri, text, version));
  }
  return delays;
}

export async function serverBench(root: string): Promise<void> {
  const posts = join(root, '_posts');
  mkdirSync(posts, { recursive: true });
  const client = await LspClient.start({ rootPath: root, capabilities: { workspace: { configuration: true } } });
  try {
    const normal = generatePost(10);
    const normalUri = pathToFileURL(join(posts, '2025-10-31-daily-papers.md')).href;
    await client.open(normalUri, normal);
    await typing(client, normalUri, normal, 2, 10);
    const idle = await typing(client, normalUri, normal, 12);
    const pathologicalUri = pathToFileURL(join(posts, '2025-11-01-daily-papers.md')).href;
    const opened = performance.now();
    const tooComplex = client
      .waitForDiagnostics(pathologicalUri, (params) => params.diagnostics.some((d) => d.code === 'too-complex'), 60_000)
      .then(() => performance.now() - opened);
    await client.open(pathologicalUri, pathologicalPost());
    const beside = await typing(client, normalUri, normal, 100);
    console.log(
      `\nlanguage server: a keystroke in a 10-paper post, a pause of ${TYPING_GAP_MS} ms after each, change to diagnostics`,
    );
    console.log(`  alone                                       median ${median(idle).toFixed(1).padStart(6)} ms`);
    console.log(
      `  with the 40 KB "> - " post just opened      median ${median(beside).toFixed(1).padStart(6)} ms  ${(median(beside) / median(idle)).toFixed(2)}x (target 1.2x)`,
    );
    console.log(
      `  the 40 KB post's too-complex after          ${(await tooComplex).toFixed(0).padStart(6)} ms (deadline ${CHECK_DEADLINE_MS} ms; 21.7 s to diagnostics before)`,
    );
    console.log('  keystroke by post size, change to diagnostics: median (ms)');
    let version = 1000;
    for (const count of [3, 30, 300]) {
      const text = generatePost(count);
      const uri = pathToFileURL(
        join(posts, `2025-12-${String((count % 28) + 1).padStart(2, '0')}-daily-papers.md`),
      ).href;
      await client.open(uri, text, version++);
      await typing(client, uri, text, version, 5);
      const delays = await typing(client, uri, text, (version += 5), 20);
      version += 20;
      console.log(`    ${String(count).padStart(3)} papers ${median(delays).toFixed(1).padStart(7)} ms`);
    }
  } finally {
    await client.stop();
  }
}

/** `cliOnly` (`npm run bench:cli`): the CLI's figures alone. */
export async function engineBench(cliOnly = false): Promise<void> {
  if (!existsSync(CLI) || !existsSync(SERVER)) return void console.log('\nengine: build first (npm run build)');
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-bench-engine-'));
  try {
    if (existsSync(GNU_TIME) && existsSync(MARKDOWNLINT)) {
      cliBench(join(root, 'cli'));
      jekyllRulesBench(join(root, 'jekyll-rules'));
    } else console.log('\nCLI: skipped (needs GNU time and markdownlint-cli2)');
    if (!cliOnly) await serverBench(join(root, 'server'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) void engineBench(process.argv.includes('--cli'));
