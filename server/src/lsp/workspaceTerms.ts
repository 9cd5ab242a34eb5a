import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { URI } from 'vscode-uri';
import { addTerms, emptyTermCounts, frontMatterOf, type TermCounts } from '../core/authoring/terms';
import { matchesGlobs } from '../core/digestFiles';
import type { FrontMatter } from '../core/model';
import type { ServerContext } from './context';
import type { DigestSettings } from './settings';

/** Folders a blog keeps that never hold posts (build output, dependencies). */
const SKIPPED_FOLDERS = new Set(['node_modules', '_site', 'vendor', '.git', '.jekyll-cache', '.sass-cache']);
const MAX_ENTRIES = 20_000;
const LISTING_TTL_MS = 5_000;

interface CachedPost {
  mtimeMs: number;
  size: number;
  frontMatter?: FrontMatter;
}

/**
 * The tags and categories the workspace's posts use, counted per post. Only front matter is read;
 * files are re-read when their modification time or size changes, open documents are read as edited.
 */
export class WorkspaceTerms {
  private readonly posts = new Map<string, CachedPost>();
  private listing?: { at: number; globs: string; paths: string[] };

  constructor(private readonly context: ServerContext) {}

  async counts(settings: DigestSettings): Promise<TermCounts> {
    const counts = emptyTermCounts();
    for (const path of await this.postPaths(settings.files)) {
      const open = this.context.documents.get(URI.file(path).toString());
      addTerms(counts, open ? frontMatterOf(open.getText(), settings.schema) : await this.frontMatterOnDisk(path, settings));
    }
    return counts;
  }

  private async frontMatterOnDisk(path: string, settings: DigestSettings): Promise<FrontMatter | undefined> {
    try {
      const { mtimeMs, size } = await stat(path);
      const cached = this.posts.get(path);
      if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.frontMatter;
      const frontMatter = frontMatterOf(await readFile(path, 'utf8'), settings.schema);
      this.posts.set(path, { mtimeMs, size, frontMatter });
      return frontMatter;
    } catch {
      this.posts.delete(path);
      return undefined;
    }
  }

  private async postPaths(globs: string[]): Promise<string[]> {
    const key = globs.join('\n');
    if (this.listing && this.listing.globs === key && Date.now() - this.listing.at < LISTING_TTL_MS) return this.listing.paths;
    const paths: string[] = [];
    const budget = { entries: MAX_ENTRIES };
    for (const folder of this.context.workspaceFolders.map((uri) => URI.parse(uri)).filter((uri) => uri.scheme === 'file')) {
      await collectPosts(folder.fsPath, folder.fsPath, globs, paths, budget);
    }
    this.listing = { at: Date.now(), globs: key, paths };
    return paths;
  }
}

async function collectPosts(root: string, folder: string, globs: string[], found: string[], budget: { entries: number }): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (--budget.entries < 0) return;
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await collectPosts(root, path, globs, found, budget);
    else if (entry.isFile() && /\.(md|markdown)$/.test(entry.name) && matchesGlobs(relative(root, path), globs)) found.push(path);
  }
}
