// Builds the examples of the rules about what Jekyll does, each as a post of the example site
// (test/fixtures/liquid-site), with Debian's `jekyll build`, and says what Jekyll did with it. A build that fails
// stops at its first error, so an example expected to fail is built alone; so is one whose file name, neighbours or
// site are its own. The others share one build, each beside its literal twin: the same text (its `{% raw %}` tags
// taken out) with `render_with_liquid: false`, what the page shows when Liquid changes nothing.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../../server/src/core/frontMatter';
import { postUrl, permalinkSource } from '../../server/src/core/jekyll/permalink';
import { EXAMPLE_SITE } from '../../server/src/core/rules/examples';
import type { JekyllOutcome, RuleExample } from '../../server/src/core/rules/rule';
import { span } from '../../server/src/core/span';
import { jekyllBuildCommand } from '../render/jekyllFidelity';
import { REPO } from '../helpers';

export const EXAMPLE_SITE_FOLDER = join(REPO, 'test/fixtures/liquid-site');
const DEFAULT_FILE = '2025-10-31-daily-papers.md';
const CONFLICT = 'Conflict: The following destination is shared by multiple files.';
/** Builds at once: two, on a machine of two cores shared with others. */
const PARALLEL_BUILDS = 2;

export interface ExampleCase {
  name: string;
  example: RuleExample;
  /** The text as its author wrote it, when the example's is another (a fix applied to it): its page is set against this one. */
  asWritten?: string;
}

export interface Built {
  /** What Jekyll did with the example. */
  outcome: JekyllOutcome;
  /** Its messages, whitespace collapsed and the site's folder written `/blog` as the examples' site names it. */
  log: string;
}

/** What Jekyll does with each example, in the order given. */
export async function buildExamples(cases: ExampleCase[]): Promise<Built[]> {
  const folder = mkdtempSync(join(tmpdir(), 'paper-digest-examples-'));
  try {
    const alone = cases.filter(({ example }) => buildsAlone(example));
    const shared = cases.filter(({ example }) => !buildsAlone(example));
    const builds: (() => Promise<[ExampleCase, Built][]>)[] = [
      ...alone.map((each, i) => () => buildAlone(each, join(folder, `alone-${i}`))),
      () => buildShared(shared, join(folder, 'shared')),
    ];
    const results = new Map<ExampleCase, Built>((await inParallel(builds, PARALLEL_BUILDS)).flat());
    return cases.map((each) => results.get(each)!);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function buildsAlone(example: RuleExample): boolean {
  return example.jekyll === 'fails' || !!example.fileName || !!example.earlierPosts || !!example.site;
}

async function buildAlone(each: ExampleCase, folder: string): Promise<[ExampleCase, Built][]> {
  const { example } = each;
  const name = example.fileName ?? DEFAULT_FILE;
  const twin = `2025-10-31-literal-twin.${example.site?.markdownExtensions?.[0] ?? 'md'}`;
  const posts = { ...example.earlierPosts, [name]: example.text, [twin]: literalTwin(each.asWritten ?? example.text) };
  const result = await build(posts, example, folder);
  return [[each, outcomeOf(result, name, example.text, twin)]];
}

async function buildShared(cases: ExampleCase[], folder: string): Promise<[ExampleCase, Built][]> {
  if (!cases.length) return [];
  const posts: Record<string, string> = {};
  cases.forEach(({ example, asWritten }, i) => {
    posts[`2025-10-31-case-${i}.md`] = example.text;
    posts[`2025-10-31-case-${i}-literal.md`] = literalTwin(asWritten ?? example.text);
  });
  const result = await build(posts, {}, folder);
  return cases.map(({ example }, i) => [
    cases[i],
    outcomeOf(result, `2025-10-31-case-${i}.md`, example.text, `2025-10-31-case-${i}-literal.md`),
  ]);
}

/** What the build did with the post `name`, its page set against its literal twin's. */
function outcomeOf(result: BuildResult, name: string, text: string, twin: string): Built {
  const { ok, log, posts } = result;
  if (!ok) return { outcome: 'fails', log };
  if (log.includes(CONFLICT)) return { outcome: 'conflicts', log };
  const page = pageOf(result.out, name, text);
  if (!page || !existsSync(page.file)) return { outcome: 'skips', log };
  const twinPage = pageOf(result.out, twin, posts[twin]);
  const same =
    !!twinPage && existsSync(twinPage.file) && readFileSync(page.file, 'utf8') === readFileSync(twinPage.file, 'utf8');
  return { outcome: same && page.onWrittenDay ? 'publishes' : 'changes', log };
}

/** The same text as Jekyll shows it when Liquid changes nothing: its raw tags out, and Liquid off. */
export function literalTwin(text: string): string {
  const withoutRaw = text.replace(/\{%-?\s*(?:end)?raw\s*-?%\}/g, '');
  return withoutRaw.replace(/^---\n/, '---\nrender_with_liquid: false\n');
}

/**
 * The page Jekyll writes for a post, from its URL, and whether that URL is under the day its date (or file name) names
 * as written: one published under another day is a change Jekyll makes; undefined when the name makes no post.
 */
function pageOf(out: string, fileName: string, text: string): { file: string; onWrittenDay: boolean } | undefined {
  const end = text.indexOf('\n---', 4);
  const frontMatter = end < 0 ? undefined : parseFrontMatter(text, span(0, end + 4), span(4, end + 1));
  const source = permalinkSource(frontMatter, `_posts/${fileName}`);
  if (!source) return undefined;
  const url = postUrl(source, EXAMPLE_SITE.permalink, EXAMPLE_SITE.timezone);
  const written = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(source.date?.text ?? '');
  const day = written && `/${written[1]}/${written[2].padStart(2, '0')}/${written[3].padStart(2, '0')}/`;
  return { file: join(out, url, 'index.html'), onWrittenDay: !day || url.includes(day) };
}

export interface BuildResult {
  ok: boolean;
  log: string;
  /** Where the site was built. */
  out: string;
  posts: Record<string, string>;
}

/** Builds a copy of the example site with these posts (and the example's site settings) in `folder`. */
export async function build(
  posts: Record<string, string>,
  example: Pick<RuleExample, 'site'>,
  folder: string,
): Promise<BuildResult> {
  const site = join(folder, 'site');
  const out = join(folder, 'out');
  mkdirSync(folder, { recursive: true });
  cpSync(EXAMPLE_SITE_FOLDER, site, { recursive: true });
  mkdirSync(join(site, '_posts'), { recursive: true });
  for (const [name, text] of Object.entries(posts)) writeFileSync(join(site, '_posts', name), text);
  const settings = [
    ...(example.site?.markdownExtensions ? [`markdown_ext: ${example.site.markdownExtensions.join(',')}`] : []),
    ...(example.site?.config?.time ? [`time: ${example.site.config.time}`] : []),
  ];
  if (settings.length)
    writeFileSync(join(site, '_config.yml'), `${readFileSync(join(site, '_config.yml'), 'utf8')}${settings.join('\n')}\n`);
  const { args, env, cwd } = jekyllBuildCommand(site, out);
  const options = [...args.filter((arg) => arg !== '--quiet'), ...(example.site?.future?.built ? ['--future'] : [])];
  const { code, output } = await run('jekyll', options, { env, cwd });
  const log = output.replace(/\x1b\[[0-9;]*m/g, '').replace(/\s+/g, ' ').replaceAll(site, EXAMPLE_SITE.root);
  return { ok: code === 0, log, out, posts };
}

function run(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < tasks.length; i = next++) results[i] = await tasks[i]();
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}
