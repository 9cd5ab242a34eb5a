import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PostSummary } from '../core/postSummary';
import type { FolderSettings } from './summarizeFile';
import { folderKey } from './workspaceIndex';

/** The file as `stat` saw it before it was read. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

interface CachedSummary extends FileStamp {
  /** A digest of the folder settings the summary was made with. */
  settings: string;
  /** Null for a markdown file that is no digest. */
  summary: PostSummary | null;
}

interface CacheFile {
  format: number;
  /** The build of the server that wrote it: another build may summarize posts differently. */
  version: string;
  files: Record<string, CachedSummary>;
}

/** Bumped when the layout of the cache file changes. */
const FORMAT = 1;
/** Characters of the settings digest kept: 96 bits. */
const SETTINGS_KEY_LENGTH = 16;

/**
 * The summaries of posts read from disk, kept between sessions (in the editor's storage for the workspace), so that
 * a workspace indexed once is indexed again by comparing each file's stamp instead of parsing it. A summary is used
 * only for the same modification time, size and folder settings; the cache is dropped whole when it cannot be read or
 * was written by another version.
 */
export class SummaryCache {
  private files = new Map<string, CachedSummary>();
  /** Files looked up since the cache was loaded: the others are gone from disk and are not saved again. */
  private readonly seen = new Set<string>();
  private readonly settingsKeys = new WeakMap<FolderSettings, string>();
  private changed = false;
  private saving = Promise.resolve();
  private path?: string;
  private version = '';

  /**
   * Reads the cache saved at `path`, where it will be saved too (undefined: no storage for this workspace, nothing is
   * kept). A missing or unreadable cache, or one from another `version` of the server, leaves the cache empty.
   */
  async load(path: string | undefined, version: string): Promise<void> {
    this.path = path;
    this.version = version;
    if (!path) return;
    const saved = await readFile(path, 'utf8').then(parseCacheFile, () => undefined);
    if (!saved || saved.format !== FORMAT || saved.version !== version) return;
    this.files = new Map(Object.entries(saved.files));
  }

  /** The saved summary (null: no digest) when the file and settings are as they were; undefined when it must be read. */
  get(file: string, stamp: FileStamp, settings: FolderSettings): PostSummary | null | undefined {
    this.seen.add(file);
    const cached = this.files.get(file);
    const current =
      cached &&
      cached.mtimeMs === stamp.mtimeMs &&
      cached.size === stamp.size &&
      cached.settings === this.settingsKey(settings);
    return current ? cached.summary : undefined;
  }

  set(file: string, stamp: FileStamp, settings: FolderSettings, summary: PostSummary | undefined): void {
    this.seen.add(file);
    this.files.set(file, {
      mtimeMs: stamp.mtimeMs,
      size: stamp.size,
      settings: this.settingsKey(settings),
      summary: summary ?? null,
    });
    this.changed = true;
  }

  /** Keeps the entry of a file that was not looked up (open in the editor, so read from there). */
  keep(file: string): void {
    this.seen.add(file);
  }

  /** Forgets a deleted file, or every file of a deleted folder. */
  delete(fileOrFolder: string): void {
    const folder = folderKey(fileOrFolder);
    for (const file of this.files.keys()) {
      if (file !== fileOrFolder && !file.startsWith(folder)) continue;
      this.files.delete(file);
      this.changed = true;
    }
  }

  /** Writes the entries of the files seen since loading, if anything changed; whole or not at all, one save at a time. */
  save(): Promise<void> {
    const saved = this.saving.then(() => this.write());
    this.saving = saved.catch(() => undefined);
    return saved;
  }

  private async write(): Promise<void> {
    const forgotten = [...this.files.keys()].filter((file) => !this.seen.has(file));
    for (const file of forgotten) this.files.delete(file);
    if (!this.path || (!this.changed && !forgotten.length)) return;
    this.changed = false;
    const partial = `${this.path}.${process.pid}.tmp`;
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(
      partial,
      JSON.stringify({
        format: FORMAT,
        version: this.version,
        files: Object.fromEntries(this.files),
      } satisfies CacheFile),
    );
    await rename(partial, this.path);
  }

  /** Short, so that a thousand entries do not each carry the whole schema. */
  private settingsKey(settings: FolderSettings): string {
    let key = this.settingsKeys.get(settings);
    if (key === undefined) {
      const json = JSON.stringify({ files: settings.files, schema: settings.schema, maxLength: settings.maxLength });
      key = createHash('sha256').update(json).digest('base64url').slice(0, SETTINGS_KEY_LENGTH);
      this.settingsKeys.set(settings, key);
    }
    return key;
  }
}

function parseCacheFile(text: string): CacheFile | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<CacheFile> | null;
    const files = parsed?.files;
    if (typeof files !== 'object' || files === null || !Object.values(files).every(isCachedSummary)) return undefined;
    return parsed as CacheFile;
  } catch {
    return undefined;
  }
}

/** Enough of a check that a damaged file cannot put malformed summaries in the index. */
function isCachedSummary(value: unknown): value is CachedSummary {
  const entry = value as CachedSummary | null;
  return (
    typeof entry?.mtimeMs === 'number' &&
    typeof entry.size === 'number' &&
    typeof entry.settings === 'string' &&
    (entry.summary === null || isPostSummary(entry.summary))
  );
}

export function isPostSummary(summary: PostSummary | undefined): boolean {
  return (
    Array.isArray(summary?.tags) &&
    Array.isArray(summary.categories) &&
    Array.isArray(summary.papers) &&
    summary.papers.every(
      (paper) =>
        typeof paper?.title === 'string' &&
        typeof paper.number === 'number' &&
        typeof paper.heading?.start?.line === 'number',
    )
  );
}
