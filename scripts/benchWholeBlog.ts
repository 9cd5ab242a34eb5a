// npm run bench, whole-blog section: how long the language server takes, with no post open, to list every post of a
// blog with its problems, against `paper-digest check _posts` over the same posts in the same run; and what a keystroke
// in an open post costs while the server checks the closed posts, against the same once they are checked.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol/node';
import { generatePost } from '../test/generatedBlog';
import { ENGLISH_ENV, REPO, TEST_BLOG } from '../test/helpers';
import { LspClient, SERVER } from '../test/lsp/lspClient';
import { median, percentile } from './bench';

const CLI = join(REPO, 'dist/cli.js');
const CAPABILITIES = { workspace: { configuration: true } };
/** A keystroke every so often, with pauses long enough for the closed posts to be checked between them. */
const TYPING_GAP_MS = 400;
const KEYSTROKES = 30;

/** The posts `check` finds problems in, as file URIs, and how long it took (wall). */
function cliCheck(blog: string): { posts: string[]; ms: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '_posts'], {
    cwd: blog,
    encoding: 'utf8',
    env: ENGLISH_ENV,
  });
  const ms = performance.now() - start;
  const reports = JSON.parse(result.stdout) as { file: string; diagnostics: unknown[] }[];
  return {
    posts: reports
      .filter((report) => report.diagnostics.length)
      .map((report) => pathToFileURL(join(blog, report.file)).href),
    ms,
  };
}

/** Milliseconds from starting the server to every one of `posts` listed with its problems. */
async function listingTime(
  blog: string,
  posts: string[],
  settings: Record<string, unknown>,
): Promise<{ ms: number; client: LspClient }> {
  const start = performance.now();
  const client = await LspClient.start({ rootPath: blog, capabilities: CAPABILITIES, settings });
  await Promise.all(
    posts.map((uri) => client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0, 120_000)),
  );
  return { ms: performance.now() - start, client };
}

async function keystrokes(client: LspClient, uri: string, post: string, from: number): Promise<number[]> {
  const delays: number[] = [];
  for (let version = from; version < from + KEYSTROKES; version++) {
    await new Promise((resolve) => setTimeout(resolve, TYPING_GAP_MS));
    const received = client.waitForDiagnostics(uri, (params) => params.version === version);
    const start = performance.now();
    await client.change(uri, post.replace('본 논문은', `본 논문은 ${version}`), version);
    await received;
    delays.push(performance.now() - start);
  }
  return delays;
}

/** The blog the benches meet the user's on: PAPER_DIGEST_BLOG, else the real blog beside the repository, else the test blog. */
export function benchBlog(): string {
  if (process.env.PAPER_DIGEST_BLOG) return resolve(process.env.PAPER_DIGEST_BLOG);
  return existsSync(join(REPO, '../shared/blog')) ? join(REPO, '../shared/blog') : TEST_BLOG;
}

export async function wholeBlogBench(): Promise<void> {
  if (!existsSync(SERVER) || !existsSync(CLI)) return;
  const source = benchBlog();
  const blog = mkdtempSync(join(tmpdir(), 'paper-digest-bench-blog-'));
  cpSync(source, blog, { recursive: true });
  try {
    const cli = cliCheck(blog);
    const settings: Record<string, unknown> = {};
    const { ms, client } = await listingTime(blog, cli.posts, settings);
    console.log(
      `\nthe whole blog in the Problems panel (${source}): ${cli.posts.length} posts with problems, none open`,
    );
    console.log(
      `  paper-digest check _posts (baseline)                        ${cli.ms.toFixed(0).padStart(6)} ms  1.00x`,
    );
    console.log(
      `  language server: start to every post listed                ${ms.toFixed(0).padStart(6)} ms  ${(ms / cli.ms).toFixed(2)}x (goal: 2x)`,
    );
    try {
      const uri = pathToFileURL(join(blog, 'today.md')).href;
      const post = generatePost(10);
      await client.open(uri, post);
      const idle = await keystrokes(client, uri, post, 2);
      settings.rules = { 'intro-unlabeled': 'information' };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      const checking = await keystrokes(client, uri, post, 2 + KEYSTROKES);
      console.log(
        `  keystroke in a 10-paper post, a pause of ${TYPING_GAP_MS} ms after each, change to diagnostics:   median      p95      max   ratio`,
      );
      for (const [what, delays] of [
        ['once the closed posts are listed', idle],
        ['while they are all checked again (settings)', checking],
      ] as const) {
        const figures = [median(delays), percentile(delays, 0.95), Math.max(...delays)]
          .map((value) => `${value.toFixed(1).padStart(6)} ms`)
          .join(' ');
        console.log(`    ${what.padEnd(60)} ${figures}  ${(median(delays) / median(idle)).toFixed(2)}x`);
      }
    } finally {
      await client.stop();
    }
  } finally {
    rmSync(blog, { recursive: true, force: true });
  }
}

if (require.main === module) void wholeBlogBench();
