// What the checks need to know of a post's Jekyll site, read once through the file-system abstraction (Node's `fs`,
// or the client's `vscode.workspace.fs` in the browser) and kept as plain data that crosses to the check workers:
// its includes, the Liquid tags its plugins add, how it builds (markdown extensions, future posts, time zone,
// permalink, excerpts), and the values `{{ site.x }}` prints.
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readText, type FileSystem } from '../fileSystem';
import { DEFAULT_EXCERPT_SEPARATOR } from './excerpt';
import { DEFAULT_MARKDOWN_EXTENSIONS } from './jekyllPost';
import { gemTags, JEKYLL_BUILTIN_TAGS, registeredTags, type TagKind, type TagTable } from './liquidTags';

export interface FutureSetting {
  /** Whether posts dated after the build are published. */
  built: boolean;
  /** The file that says so (`_config.yml`, a workflow); undefined when nothing does (Jekyll's default: not built). */
  source?: string;
}

export interface SiteFacts {
  /** The site's folder: the nearest folder above the post with `_config.yml`. */
  root: string;
  /** The files of `_includes`, `/`-separated paths inside it. */
  includes: string[];
  /** The folder includes are read from, as `_config.yml` names it. */
  includesDir: string;
  /** Every Liquid tag the site knows: Liquid's, Jekyll's, and those of its plugins. */
  tags: TagTable;
  /** Plugins the site loads whose tags are not known here. */
  unknownPlugins: string[];
  /** `markdown_ext`: the extensions converted as markdown, lower case, without dots. */
  markdownExtensions: string[];
  future: FutureSetting;
  timezone?: string;
  /** `permalink` of `_config.yml`: a style name or a pattern. */
  permalink?: string;
  excerptSeparator: string;
  /** What `{{ site.KEY }}` prints for the top-level keys of `_config.yml`: its text, or null for a list or a map. */
  config: Record<string, string | null>;
  /**
   * The site's files, `/`-separated paths inside it (what `post_url`, `link` and `include_relative` may name), but
   * for folders Jekyll never reads (hidden ones, `_site`, `node_modules`, `vendor`); undefined past `MAX_SITE_FILES`.
   */
  files?: string[];
}

const CONFIG_FILES = ['_config.yml', '_config.yaml'];
const WORKFLOWS = '.github/workflows';
/** The most files of a site listed (al-folio's are 250); a larger site's targets go unchecked. */
const MAX_SITE_FILES = 20_000;
/** Folders below the site's root whose files no tag can name. */
const UNREAD_FOLDERS = /^(?:\..*|_site|node_modules|vendor)$/;
/** How much of a value `{{ site.x }}` shows in a message. */
const SHOWN_VALUE_LENGTH = 80;

/** The nearest folder above `filePath` with a Jekyll config (and each of `required`, e.g. `_layouts`). */
export async function findSiteRoot(
  files: FileSystem,
  filePath: string,
  required: readonly string[] = [],
): Promise<string | undefined> {
  for (let dir = dirname(filePath); ; dir = dirname(dir)) {
    if ((await siteConfigFile(files, dir)) && (await everyStat(files, dir, required))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

export async function siteConfigFile(files: FileSystem, root: string): Promise<string | undefined> {
  for (const name of CONFIG_FILES) if ((await files.stat(join(root, name)))?.kind === 'file') return join(root, name);
  return undefined;
}

/** `_config.yml` as a map; a missing or broken one is empty, as a broken data file is no data. */
async function readSiteConfig(files: FileSystem, root: string): Promise<Record<string, unknown>> {
  const file = await siteConfigFile(files, root);
  try {
    const text = file && (await readText(files, file));
    return asRecord(text ? parseYaml(text) : undefined);
  } catch {
    return {};
  }
}

/** The facts of the site at `root`. */
export async function readSiteFacts(files: FileSystem, root: string): Promise<SiteFacts> {
  const config = await readSiteConfig(files, root);
  const includesDir = stringOr(config.includes_dir, '_includes');
  const [includes, pluginTags, gems, future, siteFiles] = await Promise.all([
    filesBelow(files, join(root, includesDir)),
    pluginFileTags(files, root, config),
    pluginGems(files, root, config),
    futureSetting(files, root, config),
    siteFilesBelow(files, root),
  ]);
  const gemTables = gems.map((gem) => [gem, gemTags(gem)] as const);
  const tags: Record<string, TagKind> = { ...JEKYLL_BUILTIN_TAGS, ...pluginTags };
  for (const [, table] of gemTables) Object.assign(tags, table);
  const includesFolder = join(root, includesDir);
  return {
    root,
    includes: includes.map((path) => relative(includesFolder, path).replace(/\\/g, '/')),
    includesDir,
    tags,
    unknownPlugins: gemTables.filter(([, table]) => !table).map(([gem]) => gem),
    markdownExtensions:
      typeof config.markdown_ext === 'string'
        ? config.markdown_ext.split(',').map((extension) => extension.trim().toLowerCase())
        : DEFAULT_MARKDOWN_EXTENSIONS,
    future,
    timezone: typeof config.timezone === 'string' ? config.timezone : undefined,
    permalink: typeof config.permalink === 'string' ? config.permalink : undefined,
    excerptSeparator:
      typeof config.excerpt_separator === 'string' ? config.excerpt_separator : DEFAULT_EXCERPT_SEPARATOR,
    config: Object.fromEntries(Object.entries(config).map(([key, value]) => [key, printed(value)])),
    files: siteFiles,
  };
}

/** The site's files (see `SiteFacts.files`), read a folder at a time; undefined once more than `MAX_SITE_FILES`. */
async function siteFilesBelow(files: FileSystem, root: string): Promise<string[] | undefined> {
  const found: string[] = [];
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const [name, kind] of await files.readDirectory(join(root, folder))) {
      const path = folder ? `${folder}/${name}` : name;
      if (kind === 'directory') {
        if (!(folder === '' && UNREAD_FOLDERS.test(name))) folders.push(path);
      } else if (found.push(path) > MAX_SITE_FILES) return undefined;
    }
  }
  return found.sort();
}

/** A value as Liquid prints it (`nil` as nothing), shortened for a message; null for lists and maps. */
function printed(value: unknown): string | null {
  if (value !== null && typeof value === 'object') return value instanceof Date ? value.toISOString() : null;
  const text = value === null || value === undefined ? '' : String(value);
  return text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH)}…` : text;
}

/** The tags the site's own Ruby plugins register (`_plugins/**\/*.rb`, or the folders `plugins_dir` names). */
async function pluginFileTags(files: FileSystem, root: string, config: Record<string, unknown>): Promise<TagTable> {
  const dirs = Array.isArray(config.plugins_dir) ? config.plugins_dir : [stringOr(config.plugins_dir, '_plugins')];
  const sources = await Promise.all(
    dirs
      .filter((dir): dir is string => typeof dir === 'string')
      .map(async (dir) => {
        const rubyFiles = (await filesBelow(files, join(root, dir))).filter((path) => path.endsWith('.rb'));
        return Promise.all(rubyFiles.map(async (path) => (await readText(files, path)) ?? ''));
      }),
  );
  return Object.assign({}, ...sources.flat().map(registeredTags));
}

/** The plugin gems the site loads: `plugins:` (or the older `gems:`) of `_config.yml`, and the Gemfile's `:jekyll_plugins` group. */
async function pluginGems(files: FileSystem, root: string, config: Record<string, unknown>): Promise<string[]> {
  const listed = [config.plugins, config.gems].flatMap((list) => (Array.isArray(list) ? list : []));
  const gemfile = (await readText(files, join(root, 'Gemfile'))) ?? '';
  const grouped = [...gemfile.matchAll(/^\s*group\s+[^\n]*:jekyll_plugins[^\n]*\bdo\b([^]*?)^\s*end\b/gm)].flatMap(
    ([, body]) => [...body.matchAll(/^\s*gem\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]),
  );
  const tagged = [...gemfile.matchAll(/^\s*gem\s+['"]([^'"]+)['"][^\n]*group:\s*:jekyll_plugins/gm)].map(
    (match) => match[1],
  );
  return [...new Set([...listed, ...grouped, ...tagged].filter((gem): gem is string => typeof gem === 'string'))];
}

/**
 * Whether future posts are built: `future:` of `_config.yml`, else a workflow of the site that runs `jekyll build`
 * with or without `--future` (the first one found that builds the site decides).
 */
async function futureSetting(files: FileSystem, root: string, config: Record<string, unknown>): Promise<FutureSetting> {
  if (typeof config.future === 'boolean') return { built: config.future, source: '_config.yml' };
  const workflows = (await filesBelow(files, join(root, WORKFLOWS))).filter((path) => /\.ya?ml$/.test(path));
  const builds: FutureSetting[] = [];
  for (const path of workflows) {
    const text = (await readText(files, path)) ?? '';
    const commands = text.split('\n').filter((line) => /\bjekyll\s+b(?:uild)?\b/.test(line) && !/^\s*#/.test(line));
    const source = relative(root, path).replace(/\\/g, '/');
    if (commands.length) builds.push({ built: commands.some((line) => /\s--future\b/.test(line)), source });
  }
  return builds.find((build) => build.built) ?? builds[0] ?? { built: false };
}

/** Every file below `dir` (symbolic links to files included), sorted; none when it is no folder. */
async function filesBelow(files: FileSystem, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const [name, kind] of await files.readDirectory(dir)) {
    const path = join(dir, name);
    if (kind === 'directory') found.push(...(await filesBelow(files, path)));
    else if (kind === 'file' || (kind === 'other' && (await files.stat(path))?.kind === 'file')) found.push(path);
  }
  return found.sort();
}

async function everyStat(files: FileSystem, dir: string, names: readonly string[]): Promise<boolean> {
  for (const name of names) if (!(await files.stat(join(dir, name)))) return false;
  return true;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value ? value : fallback;
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
