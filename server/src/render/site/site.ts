// A Jekyll site: where it is, its `_config.yml`, `_data`, pages, posts, layouts and includes, read once and kept until
// `invalidateSite` hears that one of its files changed; its signature changes then, so caches know to start over. A
// site read in one worker can be handed to another as a snapshot (the preview's site job reads it, the render workers
// adopt it), so that no render waits on the site's files for its templates.
import { basename, extname, join, parse as parsePath, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readText, type FileSystem } from '../../core/fileSystem';
import { asRecord, siteConfigFile } from '../../core/jekyll/siteFacts';
import { readPost, splitFrontMatter } from '../post';
import { isPostFile, POST_EXTENSIONS, realFileInside } from './paths';
import { postUrl } from './permalink';

export interface JekyllSite {
  root: string;
  /** What the site's files are read with. */
  files: FileSystem;
  config: Record<string, unknown>;
  data: Record<string, unknown>;
  /** `site.pages` as far as the preview reads them: the root's and the `include`d folders' markdown and HTML pages. */
  pages: Record<string, unknown>[];
  /** `site.posts`, newest first, each with its `path` (`_posts/…`). */
  posts: Record<string, unknown>[];
  /** `_layouts` by name (`post` for post.liquid or post.html), and `_includes` by path: every template, read once. */
  layouts: Record<string, SiteFile>;
  includes: Record<string, string>;
  /** Names this reading of the site (a new one on every reading, wherever it was read). */
  signature: string;
}

export interface SiteFile {
  path: string;
  text: string;
}

/** The site as data, without what reads its files: what a worker that read it hands to another. */
export type SiteSnapshot = Omit<JekyllSite, 'files'>;

const PAGE_EXTENSIONS = new Set(['.md', '.markdown', '.html']);

/** A site the preview renders with its own layouts holds them, besides its config. */
export const SITE_LAYOUTS = ['_layouts'];

const cache = new Map<string, Promise<JekyllSite>>();
/** Bounds the templates a site may make the renderer keep: al-folio's are 0.4 MB. */
const TEMPLATE_BYTES = 16 * 1024 * 1024;

export function loadSite(files: FileSystem, root: string): Promise<JekyllSite> {
  let site = cache.get(root);
  if (!site) {
    site = readSite(files, root);
    cache.set(root, site);
  }
  return site;
}

/** Names a reading of a site, wherever it was read: a snapshot handed to another worker keeps it. */
function newSignature(root: string): string {
  return `${root}@${crypto.randomUUID()}`;
}

/** A site read elsewhere, kept here as if read here (its files read with `files` from now on). */
export function adoptSite(snapshot: SiteSnapshot, files: FileSystem): JekyllSite {
  const site = { ...snapshot, files };
  cache.set(site.root, Promise.resolve(site));
  return site;
}

/** The site kept here under this signature, if it still is. */
export async function keptSite(root: string, signature: string): Promise<JekyllSite | undefined> {
  const site = await cache.get(root)?.catch(() => undefined);
  return site?.signature === signature ? site : undefined;
}

export function snapshotOf({ files: _, ...snapshot }: JekyllSite): SiteSnapshot {
  return snapshot;
}

async function readSite(files: FileSystem, root: string): Promise<JekyllSite> {
  const signature = newSignature(root);
  const config = await readConfig(files, root);
  const budget: Budget = { bytes: TEMPLATE_BYTES };
  const [data, pages, posts, layouts, includes] = await Promise.all([
    readData(files, join(root, '_data')),
    readPages(files, root, config),
    readPosts(files, root, config),
    readLayouts(files, root, budget),
    readIncludes(files, join(root, '_includes'), join(root, '_includes'), budget),
  ]);
  return { root, files, config, data, pages, posts, layouts, includes, signature };
}

/** Jekyll finds a layout by name whatever its extension; the first file of a name wins. No layouts folder: none. */
async function readLayouts(files: FileSystem, root: string, budget: Budget): Promise<JekyllSite['layouts']> {
  const dir = join(root, '_layouts');
  const entries = (await files.readDirectory(dir)).filter(([, kind]) => kind === 'file');
  const texts = await Promise.all(entries.map(([entry]) => readTemplate(files, root, join(dir, entry), budget)));
  const layouts: JekyllSite['layouts'] = {};
  entries.forEach(([entry], index) => {
    const name = parsePath(entry).name;
    const text = texts[index];
    if (text !== undefined && !(name in layouts)) layouts[name] = { path: join(dir, entry), text };
  });
  return layouts;
}

/**
 * Every file below `_includes` (its folders too), within the budget; a symbolic link only to a file inside `_includes`,
 * as Jekyll's `include` allows.
 */
async function readIncludes(
  files: FileSystem,
  includes: string,
  dir: string,
  budget: Budget,
): Promise<Record<string, string>> {
  const found = await Promise.all(
    (await files.readDirectory(dir)).map(async ([name, kind]): Promise<[string, string][]> => {
      const path = join(dir, name);
      if (kind === 'directory') return Object.entries(await readIncludes(files, includes, path, budget));
      const text = await readTemplate(files, includes, path, budget);
      return text === undefined ? [] : [[path, text]];
    }),
  );
  return Object.fromEntries(found.flat());
}

/** What the templates of a site may still take, in bytes. */
interface Budget {
  bytes: number;
}

/** A template's text if it is a file really inside `root` and the budget still holds it. */
async function readTemplate(
  files: FileSystem,
  root: string,
  path: string,
  budget: Budget,
): Promise<string | undefined> {
  const size = (await files.stat(path))?.size ?? Infinity;
  if (size > budget.bytes) return undefined;
  budget.bytes -= size;
  return (await realFileInside(files, root, path)) ? readText(files, path) : undefined;
}

/**
 * Files changed on disk: a site holding any of `paths` is read again, but for changes to its posts alone, which are read
 * alone. The site then keeps its signature (and what was made from it: its Liquid, the pages' chrome) when each post's
 * `site.posts` entry reads the same: an auto-save of the post being typed changes only its body. Returns the roots.
 */
export function forgetSites(paths: string[]): string[] {
  const roots = [...cache.keys()].filter((root) => paths.some((path) => path.startsWith(root + sep)));
  for (const root of roots) {
    const changed = paths.filter((path) => path.startsWith(root + sep));
    const site = cache.get(root)!;
    if (!changed.every((path) => isPostFile(root, path))) {
      cache.delete(root);
      continue;
    }
    const updated = site.then((read) => withPostsReadAgain(read, changed));
    cache.set(root, updated);
    updated.catch(() => cache.get(root) === updated && cache.delete(root));
  }
  return roots;
}

/** The site with the posts at `paths` read again (added, changed or gone); itself when their entries read the same. */
async function withPostsReadAgain(site: JekyllSite, paths: string[]): Promise<JekyllSite> {
  const posts = join(site.root, '_posts');
  const names = new Set(paths.map((path) => relative(posts, path).split(sep).join('/')));
  const kept = site.posts.filter((post) => !names.has(String(post.path).slice('_posts/'.length)));
  const read = await Promise.all([...names].map((name) => readPostEntry(site.files, site.root, site.config, name)));
  const entries = sortedPosts([...kept, ...read.filter((post) => post !== undefined)]);
  if (JSON.stringify(entries) === JSON.stringify(site.posts)) return site;
  return { ...site, posts: entries, signature: newSignature(site.root) };
}

/** Pages with front matter at the root and in the folders `include:` names (al-folio's `_pages`), as Jekyll lists them. */
async function readPages(
  files: FileSystem,
  root: string,
  config: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const included = Array.isArray(config.include)
    ? config.include.filter((name): name is string => typeof name === 'string')
    : [];
  const dirs = [root, ...included.map((name) => join(root, name))];
  const candidates = (
    await Promise.all(dirs.map(async (dir) => (await namesIn(files, dir)).map((name) => join(dir, name))))
  ).flat();
  const pages = await Promise.all(
    candidates.map(async (file) => {
      if (!PAGE_EXTENSIONS.has(extname(file)) || !(await realFileInside(files, root, file))) return undefined;
      const text = await readText(files, file);
      if (!text?.startsWith('---')) return undefined;
      const path = relative(root, file).split(sep).join('/');
      const { frontMatter } = splitFrontMatter(text);
      const paginated =
        asRecord(config.pagination).enabled === true && asRecord(frontMatter.pagination).enabled === true;
      return { ...frontMatter, path, name: parsePath(file).base, url: pageUrl(path, frontMatter.permalink, paginated) };
    }),
  );
  return pages.filter((page) => page !== undefined);
}

/** A page's URL; jekyll-paginate-v2 puts a paginated page's first page at `permalink/index.html`. */
function pageUrl(path: string, permalink: unknown, paginated: boolean): string {
  if (typeof permalink === 'string') return paginated && permalink.endsWith('/') ? `${permalink}index.html` : permalink;
  const url = `/${path.replace(/\.(?:md|markdown)$/, '.html')}`;
  return url.replace(/(^|\/)index\.html$/, '$1');
}

async function readPosts(
  files: FileSystem,
  root: string,
  config: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const names = await postNamesBelow(files, join(root, '_posts'));
  const posts = await Promise.all(names.map((name) => readPostEntry(files, root, config, name)));
  return sortedPosts(posts.filter((post) => post !== undefined));
}

/**
 * The files below `_posts`, as `/`-separated paths inside it: Jekyll reads the posts of its folders too (every file, in no
 * hidden folder), and leaves out a file whose path or name starts with `_`, `.`, `#` or `~` (jekyll/entry_filter.rb).
 */
async function postNamesBelow(files: FileSystem, dir: string, prefix = ''): Promise<string[]> {
  const names = await Promise.all(
    (await files.readDirectory(dir)).map(async ([name, kind]) => {
      const entry = `${prefix}${name}`;
      if (name.startsWith('.') || SPECIAL_ENTRY.test(entry)) return [];
      if (kind === 'directory') return postNamesBelow(files, join(dir, name), `${entry}/`);
      return SPECIAL_ENTRY.test(name) ? [] : [entry];
    }),
  );
  return names.flat();
}

const SPECIAL_ENTRY = /^[._#~]/;

/** A post's `site.posts` entry, from `_posts/<name>` (`name` may be in a folder); undefined for no post file (or none there any more). */
async function readPostEntry(
  files: FileSystem,
  root: string,
  config: Record<string, unknown>,
  name: string,
): Promise<Record<string, unknown> | undefined> {
  const file = join(root, '_posts', name);
  if (!POST_EXTENSIONS.has(extname(name)) || !(await realFileInside(files, root, file))) return undefined;
  const timeZone = typeof config.timezone === 'string' ? config.timezone : undefined;
  const post = readPost((await readText(files, file)) ?? '', basename(name), timeZone);
  const url = postUrl(post, config.permalink);
  const { body: _, bodyLine: __, frontMatter, ...fields } = post;
  return {
    ...frontMatter,
    ...fields,
    url,
    id: url.replace(/\.html$/, ''),
    path: `_posts/${name}`,
    collection: 'posts',
  };
}

/** Newest first, as Jekyll lists `site.posts`. */
function sortedPosts(posts: Record<string, unknown>[]): Record<string, unknown>[] {
  const time = (post: Record<string, unknown>) => (post.date instanceof Date ? post.date.getTime() : 0);
  return posts.sort((a, b) => time(b) - time(a) || String(b.slug).localeCompare(String(a.slug)));
}

/** The names in a folder, in the order the disk gives them. */
async function namesIn(files: FileSystem, dir: string): Promise<string[]> {
  return (await files.readDirectory(dir)).map(([name]) => name);
}

/** The site's config; none when it is a link out of the site (the preview and `render --out` show what it holds). */
async function readConfig(files: FileSystem, root: string): Promise<Record<string, unknown>> {
  const file = await siteConfigFile(files, root);
  const config =
    file && (await realFileInside(files, root, file)) ? asRecord(await readParsed(files, file, parseYaml)) : {};
  for (const library of Object.values(asRecord(config.third_party_libraries)))
    withVersion(asRecord(library).url, asRecord(library).version);
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
async function readData(files: FileSystem, dir: string, dataRoot = dir): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const [entryName, kind] of await files.readDirectory(dir)) {
    const path = join(dir, entryName);
    const { name, ext } = parsePath(entryName);
    if (kind === 'directory') data[entryName] = await readData(files, path, dataRoot);
    else if (['.yml', '.yaml', '.json'].includes(ext) && (await realFileInside(files, dataRoot, path)))
      data[name] = await readParsed(files, path, ext === '.json' ? JSON.parse : parseYaml);
  }
  return data;
}

/** A broken data file is no data, as a broken page is no reason for the preview to fail. */
async function readParsed(files: FileSystem, path: string, parse: (text: string) => unknown): Promise<unknown> {
  try {
    const text = await readText(files, path);
    return text === undefined ? undefined : parse(text);
  } catch {
    return undefined;
  }
}
