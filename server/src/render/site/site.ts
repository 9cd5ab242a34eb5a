// A Jekyll site on disk: where it is, its `_config.yml` and `_data`, and a signature that changes with any file the
// preview depends on (config, layouts, includes, data, styles), so caches know when to start over.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, parse as parsePath } from 'node:path';
import { realFileInside } from './paths';
import { parse as parseYaml } from 'yaml';

export interface JekyllSite {
  root: string;
  config: Record<string, unknown>;
  data: Record<string, unknown>;
  signature: string;
}

const CONFIG_FILES = ['_config.yml', '_config.yaml'];
const WATCHED = ['_layouts', '_includes', '_data', '_sass', 'assets/css'];
const RECHECK_MS = 1000;

/** The nearest folder above the post holding `_config.yml` and `_layouts/`. */
export function findSiteRoot(filePath: string): string | undefined {
  for (let dir = dirname(filePath); ; dir = dirname(dir)) {
    if (CONFIG_FILES.some((name) => existsSync(join(dir, name))) && existsSync(join(dir, '_layouts'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

const cache = new Map<string, { site: JekyllSite; checkedAt: number }>();

export function loadSite(root: string): JekyllSite {
  const cached = cache.get(root);
  const now = Date.now();
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.site;
  const signature = siteSignature(root);
  const site = cached?.site.signature === signature ? cached.site : { root, config: readConfig(root), data: readData(join(root, '_data')), signature };
  cache.set(root, { site, checkedAt: now });
  return site;
}

function siteSignature(root: string): string {
  const stamps: string[] = [];
  const visit = (path: string, depth: number) => {
    const stat = statOrUndefined(path);
    if (!stat) return;
    stamps.push(`${path}:${stat.mtimeMs}:${stat.size}`);
    if (stat.isDirectory() && depth < 6) for (const name of namesIn(path)) visit(join(path, name), depth + 1);
  };
  for (const name of [...CONFIG_FILES, ...WATCHED]) visit(join(root, name), 0);
  return stamps.join('|');
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
  return file ? asRecord(readParsed(file, parseYaml)) : {};
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
