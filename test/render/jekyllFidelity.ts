// Builds a Jekyll site with Debian's jekyll (the theme plugins Debian does not package stood in for by test/jekyll/lib)
// and compares every post's whole <body> with our `render`, both normalised the same way. Used by the fidelity test,
// scripts/jekyll-fidelity.ts and the bench.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { renderPostBody, renderPostPage } from '../../server/src/render';
import { readPost } from '../../server/src/render/post';
import { postUrl } from '../../server/src/render/site/permalink';
import { loadSite } from '../../server/src/render/site/site';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { REPO } from '../helpers';

const STUBS = join(REPO, 'test/jekyll');

/** Elements whose surrounding whitespace never shows: spaces next to their tags are not a difference. */
const BLOCK_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
  'br',
  'div',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'figure',
  'figcaption',
  'section',
];
const SPACE_AROUND_BLOCK_TAG = new RegExp(` ?(</?(?:${BLOCK_TAGS.join('|')})\\b[^>]*>) ?`, 'g');

/** Runs of whitespace become one space, and spaces beside block-level tags (including `<br />`) go. */
export function normaliseHtml(html: string): string {
  return html.replace(/\s+/g, ' ').replace(SPACE_AROUND_BLOCK_TAG, '$1').trim();
}

export function jekyllVersion(): string | undefined {
  const result = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The `jekyll build` command line for `site` into `out`, and the environment it needs, for the caller to run. */
export function jekyllBuildCommand(site: string, out: string): { args: string[]; env: NodeJS.ProcessEnv; cwd: string } {
  const plugins = [join(site, '_plugins'), join(STUBS, 'plugins')].join(',');
  return {
    args: ['build', '--quiet', '--disable-disk-cache', '-s', site, '-d', out, '--plugins', plugins],
    env: {
      ...process.env,
      // The site's Gemfile names gem versions Debian does not have: load the packaged gems without Bundler.
      JEKYLL_NO_BUNDLER_REQUIRE: 'true',
      JEKYLL_ENV: 'production',
      // `require 'jekyll-link-attributes'` and the other plugins the site names that Debian does not package find our stand-ins.
      RUBYLIB: join(STUBS, 'lib'),
      JEKYLL_DART_SASS: join(REPO, 'node_modules/.bin/sass'),
    },
    // al-folio's cache-bust plugin reads `assets/…` relative to the working folder.
    cwd: site,
  };
}

/** Builds `site` into `out`; throws with Jekyll's messages when the build fails. */
export function buildWithJekyll(site: string, out: string): void {
  const { args, env, cwd } = jekyllBuildCommand(site, out);
  const built = spawnSync('jekyll', args, { encoding: 'utf8', env, cwd });
  if (built.status !== 0) throw new Error(`jekyll build failed: ${built.stderr || built.stdout}`);
}

/** The file Jekyll writes a post to, from its URL as the site's permalink makes it. */
export async function builtPostFile(site: string, out: string, postFile: string): Promise<string> {
  const { config } = await loadSite(nodeFileSystem, site);
  const post = readPost(
    readFileSync(join(site, '_posts', postFile), 'utf8'),
    postFile,
    typeof config.timezone === 'string' ? config.timezone : undefined,
  );
  const url = postUrl(post, config.permalink);
  return join(out, url.endsWith('/') ? `${url}index.html` : url);
}

export interface PageComparison {
  post: string;
  equal: boolean;
  /** The lines of the normalised bodies that differ: Jekyll's (`-`) and ours (`+`). */
  difference: string[];
}

/**
 * Builds the site with Jekyll into a temporary folder and compares the whole <body> of every post's page with our
 * page, or, with `body`, with our post content alone (what `render --body` prints: for a site whose layout is only
 * `{{ content }}`).
 */
export async function comparePages(site: string, { body = false } = {}): Promise<PageComparison[]> {
  const out = mkdtempSync(join(tmpdir(), 'paper-digest-jekyll-'));
  try {
    buildWithJekyll(site, out);
    const posts = readdirSync(join(site, '_posts'))
      .filter((name) => /\.(?:md|markdown)$/.test(name))
      .sort();
    const comparisons: PageComparison[] = [];
    for (const post of posts) comparisons.push(await comparePage(site, out, post, body));
    return comparisons;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function comparePage(site: string, out: string, post: string, body: boolean): Promise<PageComparison> {
  const built = await builtPostFile(site, out, post);
  const filePath = join(site, '_posts', post);
  const jekyll = existsSync(built) ? normalisedBody(readFileSync(built, 'utf8')) : [`(no page at ${built})`];
  const source = { text: readFileSync(filePath, 'utf8'), filePath, allowSite: true, files: nodeFileSystem };
  const ours = normalisedBody(await (body ? renderPostBody(source) : renderPostPage(source)));
  const difference = lineDifference(jekyll, ours);
  return { post, equal: difference.length === 0, difference };
}

type Node = DefaultTreeAdapterMap['childNode'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * The <body> as lines, one per element (its attributes sorted) or text, indented by depth: comments dropped,
 * whitespace runs collapsed, and whitespace beside block-level tags dropped. Both pages go through the same HTML
 * parser, so how each wrote its markup (`<br>` or `<br />`, quotes, entities) does not count.
 */
export function normalisedBody(html: string): string[] {
  const document = parse(html);
  const htmlElement = document.childNodes.find((node) => node.nodeName === 'html') as ParentNode | undefined;
  const body = htmlElement?.childNodes.find((node) => node.nodeName === 'body') as ParentNode | undefined;
  const lines: string[] = [];
  if (body) walk(body, 0, lines);
  return lines;
}

function walk(parent: ParentNode, depth: number, lines: string[]): void {
  const children = 'childNodes' in parent ? parent.childNodes : [];
  const indent = '  '.repeat(depth);
  children.forEach((node, i) => {
    if (node.nodeName === '#text') {
      let text = (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
      if (isBlockBoundary(children[i - 1], parent)) text = text.trimStart();
      if (isBlockBoundary(children[i + 1], parent)) text = text.trimEnd();
      if (text.trim()) lines.push(`${indent}${JSON.stringify(text)}`);
    } else if ('tagName' in node) {
      const attributes = node.attrs.map(({ name, value }) => `${name}="${value.replace(/\s+/g, ' ').trim()}"`).sort();
      lines.push(`${indent}<${[node.tagName, ...attributes].join(' ')}>`);
      walk(node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : node, depth + 1, lines);
    }
  });
}

/** Whitespace next to this sibling (or at the edge of this parent) does not show. */
function isBlockBoundary(sibling: Node | undefined, parent: ParentNode): boolean {
  if (sibling === undefined)
    return !('tagName' in parent) || BLOCK_TAGS.includes(parent.tagName) || parent.nodeName === 'body';
  return (
    sibling.nodeName === '#comment' ||
    ('tagName' in sibling && (BLOCK_TAGS.includes(sibling.tagName) || sibling.tagName === 'script'))
  );
}

/** The lines only one side has, in order (a longest-common-subsequence diff), `-` Jekyll's and `+` ours. */
export function lineDifference(jekyll: string[], ours: string[]): string[] {
  const common: number[][] = Array.from({ length: jekyll.length + 1 }, () =>
    new Array<number>(ours.length + 1).fill(0),
  );
  for (let i = jekyll.length - 1; i >= 0; i--) {
    for (let j = ours.length - 1; j >= 0; j--)
      common[i][j] = jekyll[i] === ours[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  }
  const difference: string[] = [];
  let i = 0;
  let j = 0;
  while (i < jekyll.length || j < ours.length) {
    if (i < jekyll.length && j < ours.length && jekyll[i] === ours[j]) [i, j] = [i + 1, j + 1];
    else if (j >= ours.length || (i < jekyll.length && common[i + 1][j] >= common[i][j + 1]))
      difference.push(`- ${jekyll[i++].trim()}`);
    else difference.push(`+ ${ours[j++].trim()}`);
  }
  return difference;
}

export function writeReport(
  comparisons: PageComparison[],
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): void {
  for (const { post, difference } of comparisons) {
    if (difference.length) write([post, ...difference.map((line) => `  ${line.slice(0, 300)}`)].join('\n'));
  }
  write(
    `fidelity: ${comparisons.filter((c) => c.equal).length}/${comparisons.length} pages have the same <body> as Jekyll's`,
  );
}
