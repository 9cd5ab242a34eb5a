// A Jekyll site on disk: where it is, its `_config.yml`, `_data`, pages and posts, read once and kept until
// `invalidateSite` hears that one of its files changed; its signature changes then, so caches know to start over.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, parse as parsePath, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readPost, splitFrontMatter } from '../post';
import { realFileInside } from './paths';
import { postUrl } from './permalink';

export interface JekyllSite {
  root: string;
  config: Record<string, unknown>;
  data: Record<string, unknown>;
  /** `site.pages` as far as the preview reads them: the root's and the `include`d folders' markdown and HTML pages. */
  pages: Record<string, unknown>[];
  /** `site.posts`, newest first, each with its `path` (`_posts/…`). */
  posts: Record<string, unknown>[];
  signature: string;
}

const CONFIG_FILES = ['_config.yml', '_config.yaml'];
const PAGE_EXTENSIONS = new Set(['.md', '.markdown', '.html']);

/** The nearest folder above the post holding `_config.yml` and `_layouts/`. */
export function findSiteRoot(filePath: string): string | undefined {
  for (let dir = dirname(filePath); ; dir = dirname(dir)) {
    if (CONFIG_FILES.some((name) => existsSync(join(dir, name))) && existsSync(join(dir, '_layouts'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

const cache = new Map<string, JekyllSite>();
let generation = 0;

export function loadSite(root: string): JekyllSite {
  let site = cache.get(root);
  if (!site) {
    const config = readConfig(root);
    site = { root, config, data: readData(join(root, '_data')), pages: readPages(root, config), posts: readPosts(root, config), signature: `${root}@${++generation}` };
    cache.set(root, site);
  }
  return site;
}

/** Forgets the sites holding any of `paths` (files changed on disk); returns their roots. */
export function forgetSites(paths: string[]): string[] {
  const roots = [...cache.keys()].filter((root) => paths.some((path) => path.startsWith(root + sep)));
  for (const root of roots) cache.delete(root);
  return roots;
}

/** Pages with front matter at the root and in the folders `include:` names (al-folio's `_pages`), as Jekyll lists them. */
function readPages(root: string, config: Record<string, unknown>): Record<string, unknown>[] {
  const included = Array.isArray(config.include) ? config.include.filter((name): name is string => typeof name === 'string') : [];
  const files = [root, ...included.map((name) => join(root, name))].flatMap((dir) => namesIn(dir).map((name) => join(dir, name)));
  return files.flatMap((file) => {
    if (!PAGE_EXTENSIONS.has(extname(file)) || !realFileInside(root, file)) return [];
    const text = readFileSync(file, 'utf8');
    if (!text.startsWith('---')) return [];
    const path = relative(root, file).split(sep).join('/');
    const { frontMatter } = splitFrontMatter(text);
    const paginated = asRecord(config.pagination).enabled === true && asRecord(frontMatter.pagination).enabled === true;
    return [{ ...frontMatter, path, name: parsePath(file).base, url: pageUrl(path, frontMatter.permalink, paginated) }];
  });
}

/** A page's URL; jekyll-paginate-v2 puts a paginated page's first page at `permalink/index.html`. */
function pageUrl(path: string, permalink: unknown, paginated: boolean): string {
  if (typeof permalink === 'string') return paginated && permalink.endsWith('/') ? `${permalink}index.html` : permalink;
  const url = `/${path.replace(/\.(?:md|markdown)$/, '.html')}`;
  return url.replace(/(^|\/)index\.html$/, '$1');
}

function readPosts(root: string, config: Record<string, unknown>): Record<string, unknown>[] {
  const dir = join(root, '_posts');
  const timeZone = typeof config.timezone === 'string' ? config.timezone : undefined;
  const posts = namesIn(dir).flatMap((name) => {
    const file = join(dir, name);
    if (!['.md', '.markdown'].includes(extname(name)) || !realFileInside(root, file)) return [];
    const post = readPost(readFileSync(file, 'utf8'), name, timeZone);
    const url = postUrl(post, config.permalink);
    const { body: _, bodyLine: __, frontMatter, ...fields } = post;
    return [{ ...frontMatter, ...fields, url, id: url.replace(/\.html$/, ''), path: `_posts/${name}`, collection: 'posts' }];
  });
  const time = (post: Record<string, unknown>) => (post.date instanceof Date ? post.date.getTime() : 0);
  return posts.sort((a, b) => time(b) - time(a) || String(b.slug).localeCompare(String(a.slug)));
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readConfig(root: string): Record<string, unknown> {
  const file = CONFIG_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
  const config = file ? asRecord(readParsed(file, parseYaml)) : {};
  for (const library of Object.values(asRecord(config.third_party_libraries))) withVersion(asRecord(library).url, asRecord(library).version);
  return config;
}

/** What al-folio's third_party_libraries plugin does: `mdbootstrap@{{version}}` in a library's URLs becomes its version. */
function withVersion(urls: unknown, version: unknown): void {
  if (typeof version !== 'string' && typeof version !== 'number') return;
  const record = asRecord(urls);
  for (const [key, url] of Object.entries(record)) {
    if (typeof url === 'string') record[key] = url.replaceAll('{{version}}', String(version));
    else withVersion(url, version);
  }
}

/** `_data/name.yml` (or .yaml/.json) becomes `site.data.name`, folders nest; nothing outside `_data` is read. */
function readData(dir: string, dataRoot = dir): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const entryName of namesIn(dir)) {
    const path = join(dir, entryName);
    const { name, ext } = parsePath(entryName);
    if (statOrUndefined(path)?.isDirectory()) data[entryName] = readData(path, dataRoot);
    else if (['.yml', '.yaml', '.json'].includes(extname(entryName)) && realFileInside(dataRoot, path)) data[name] = readParsed(path, ext === '.json' ? JSON.parse : parseYaml);
  }
  return data;
}

/** A broken data file is no data, as a broken page is no reason for the preview to fail. */
function readParsed(path: string, parse: (text: string) => unknown): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
