import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { PostCheckOptions } from '../core/checkPost';
import type { PostReferences } from '../core/postReferences';
import type { PostSummary } from '../core/postSummary';
import type { DigestDiagnostic } from '../core/validate';
import { PrivateFolder } from './privateFolder';
import type { FolderSettings } from './summarizeFile';
import { folderKey } from './workspaceIndex';

/** The file as `stat` saw it before it was read. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

/** What the rules over a post alone found in it, with what the rules over its references read and its lines. */
export interface PostFindings {
  diagnostics: DigestDiagnostic[];
  references: PostReferences;
  lineStarts: number[];
}

/** Findings as kept, with the key of what they were checked with (see `SummaryCache.findingsKey`). */
export interface KeptFindings extends PostFindings {
  key: string;
}

/** What one read of a post gives to keep: its summary, the digest of its bytes and its findings. */
export interface PostRead {
  /** Undefined for a file that is no digest, or is left out of the index. */
  summary?: PostSummary;
  digest?: string;
  findings?: KeptFindings;
}

interface CachedSummary extends FileStamp {
  /** A digest of the folder settings the summary was made with. */
  settings: string;
  /** Null for a markdown file that is no digest. */
  summary: PostSummary | null;
  digest?: string;
  findings?: KeptFindings;
}

interface CacheFile {
  format: number;
  /** The build of the server that wrote it: another build may summarize posts differently. */
  version: string;
  files: Record<string, CachedSummary>;
}

/** Bumped when the layout of the cache file changes. */
const FORMAT = 2;
/** Characters of the settings digest kept: 96 bits. */
const SETTINGS_KEY_LENGTH = 16;
/** A cache file is read only up to this size (a 1,000-post blog's with its findings is a few MB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The summaries of posts read from disk and their findings, kept between sessions (in the editor's storage for the
 * workspace, used only while it is private to the user: see privateFolder.ts), so that a workspace indexed and checked
 * once is indexed and listed again by comparing each file's stamp instead of parsing it. A summary is used only for the
 * same modification time, size and folder settings; findings only for the same stamp and the same key (the settings,
 * the post's site, its place); a touched file whose bytes are the same keeps both. The cache is dropped whole when it
 * cannot be read or was written by another version (a build of the server, whose rules may differ).
 */
export class SummaryCache {
  private files = new Map<string, CachedSummary>();
  /** Files looked up since the cache was loaded: the others are gone from disk and are not saved again. */
  private readonly seen = new Set<string>();
  private readonly settingsKeys = new WeakMap<FolderSettings, string>();
  /** Digests of the objects findings keys are made of (the schema, the rules, a site's facts), each made once. */
  private readonly partKeys = new WeakMap<object, string>();
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
    const bytes = PrivateFolder.open(dirname(path))?.read(basename(path), MAX_CACHE_BYTES);
    const saved = bytes && parseCacheFile(bytes.toString('utf8'));
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

  set(file: string, stamp: FileStamp, settings: FolderSettings, { summary, digest, findings }: PostRead): void {
    this.seen.add(file);
    this.files.set(file, {
      mtimeMs: stamp.mtimeMs,
      size: stamp.size,
      settings: this.settingsKey(settings),
      summary: summary ?? null,
      ...(digest !== undefined && { digest }),
      ...(findings && { findings }),
    });
    this.changed = true;
  }

  /** The kept findings of the file, when it and the key are as they were; undefined when it must be checked. */
  findings(file: string, stamp: FileStamp, key: string): KeptFindings | undefined {
    const cached = this.files.get(file);
    const current = cached && cached.mtimeMs === stamp.mtimeMs && cached.size === stamp.size;
    return current && cached.findings?.key === key ? cached.findings : undefined;
  }

  /**
   * The file's kept read, whatever its stamp, when its findings have this key: the same bytes need no new read (a
   * touched file, a branch switched back). Its digest says whether they are the same.
   */
  kept(file: string, key: string): PostRead | undefined {
    const cached = this.files.get(file);
    return cached?.digest !== undefined && cached.findings?.key === key
      ? { summary: cached.summary ?? undefined, digest: cached.digest, findings: cached.findings }
      : undefined;
  }

  /**
   * What a post's findings depend on besides its bytes and the build: the settings they were checked with (schema,
   * rules, length, globs), its place in its workspace folder and in its site, and its site's facts (includes, plugins,
   * permalink style, …).
   */
  findingsKey(options: PostCheckOptions): string {
    const parts = [
      this.partKey(options.schema ?? {}),
      this.partKey(options.rules ?? {}),
      this.partKey(options.site?.facts ?? {}, withoutFileList),
      JSON.stringify([options.maxLength, options.globs, options.relativePath, options.fileName, options.site?.path]),
    ];
    return createHash('sha256').update(parts.join('\0')).digest('base64url').slice(0, SETTINGS_KEY_LENGTH);
  }

  /** `shown`: what of `part` the key is made of. */
  private partKey(part: object, shown: (part: object) => object = (whole) => whole): string {
    let key = this.partKeys.get(part);
    if (key === undefined) {
      key = createHash('sha256')
        .update(JSON.stringify(shown(part)))
        .digest('base64url');
      this.partKeys.set(part, key);
    }
    return key;
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
    const folder = PrivateFolder.open(dirname(this.path));
    const text = JSON.stringify({
      format: FORMAT,
      version: this.version,
      files: Object.fromEntries(this.files),
    } satisfies CacheFile);
    if (!folder) throw new Error(`${dirname(this.path)} is not a folder of the user's alone`);
    if (Buffer.byteLength(text) > MAX_CACHE_BYTES) throw new Error(`the cache would be over ${MAX_CACHE_BYTES} bytes`);
    if (!folder.write(basename(this.path), text)) throw new Error(`${this.path} could not be written`);
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
    (entry.summary === null || isPostSummary(entry.summary)) &&
    (entry.digest === undefined || typeof entry.digest === 'string') &&
    (entry.findings === undefined || isKeptFindings(entry.findings))
  );
}

/** Enough of a check that a damaged file cannot put malformed findings in the Problems panel. */
function isKeptFindings(findings: KeptFindings): boolean {
  return (
    typeof findings?.key === 'string' &&
    Array.isArray(findings.lineStarts) &&
    findings.lineStarts.every((start) => typeof start === 'number') &&
    Array.isArray(findings.references?.arxivIds) &&
    Array.isArray(findings.diagnostics) &&
    findings.diagnostics.every(
      (diagnostic) =>
        typeof diagnostic?.ruleId === 'string' &&
        typeof diagnostic.message === 'string' &&
        typeof diagnostic.severity === 'string' &&
        typeof diagnostic.span?.start === 'number' &&
        typeof diagnostic.span.end === 'number',
    )
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

/**
 * A site's facts but their list of files, which a new post changes every day: findings that read it are never kept
 * (`changesOutsideThePost`), so the others' keys leave it out.
 */
function withoutFileList(facts: object): object {
  return { ...facts, files: undefined };
}
