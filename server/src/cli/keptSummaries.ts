// The summaries of a site's posts kept between runs of `check`, in the user's cache folder (cacheFolder.ts): a
// pre-commit hook checks one post, and `already-digested` needs every other post of its site, which the run would
// otherwise summarize from scratch each time. A summary is used only for the same bytes of the post, the same path in
// its site, the same settings and the same build of the summarizer; a site's file holds only its posts of the last run.
import { createHash } from 'node:crypto';
import type { PostSummary } from '../core/postSummary';
import type { FolderSettings } from '../workspace/summarizeFile';
import { isPostSummary } from '../workspace/summaryCache';
import type { PrivateFolder } from '../workspace/privateFolder';

/** Bumped when the layout of a site's file changes. */
const FORMAT = 1;
const PREFIX = 'summaries-';
/** A site's file is read only up to this size (a 1,000-post blog's is about 2 MB) and not written past it. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Characters of a post's key kept: 192 bits. */
const KEY_LENGTH = 32;
/** The sites' files kept: the least recently written go first. */
const MAX_SITES = 32;

interface SiteFile {
  format: number;
  /** The summarizer's build that wrote it: another may summarize posts otherwise. */
  build: string;
  /** By post key (see `SiteSummaries.key`); null for a markdown file that is no digest. */
  summaries: Record<string, PostSummary | null>;
}

/** The kept summaries of one site, for one run. */
export class SiteSummaries {
  private readonly kept: Map<string, PostSummary | null>;
  private readonly used = new Map<string, PostSummary | null>();
  /** A digest of the settings, which every post's key starts from. */
  private readonly settingsKey: string;
  private changed = false;

  constructor(
    private readonly folder: PrivateFolder,
    private readonly fileName: string,
    settings: FolderSettings,
    private readonly build: string,
  ) {
    this.kept = new Map(Object.entries(readSiteFile(folder, fileName, build)?.summaries ?? {}));
    this.settingsKey = createHash('sha256').update(JSON.stringify(settings)).digest('base64url');
  }

  /** What a post's summary depends on: its bytes, its path in the site (for the globs and its date), the settings. */
  key(bytes: Uint8Array, relativePath: string): string {
    return createHash('sha256')
      .update(`${this.settingsKey}\0${relativePath}\0`)
      .update(bytes)
      .digest('base64url')
      .slice(0, KEY_LENGTH);
  }

  /** The kept summary (null: no digest); undefined when there is none for this key. */
  get(key: string): PostSummary | null | undefined {
    const summary = this.kept.get(key);
    if (summary !== undefined) this.used.set(key, summary);
    return summary;
  }

  set(key: string, summary: PostSummary | null): void {
    this.used.set(key, summary);
    this.changed = true;
  }

  /** Writes the summaries used in this run, when they differ from those read; never throws. */
  save(): void {
    if (!this.changed && this.used.size === this.kept.size) return;
    const text = JSON.stringify({
      format: FORMAT,
      build: this.build,
      summaries: Object.fromEntries(this.used),
    } satisfies SiteFile);
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) return;
    if (this.folder.write(this.fileName, text)) pruneSites(this.folder);
  }
}

/** The kept summaries of the site at `root` with these settings, made by the summarizer `build`. */
export function siteSummaries(
  folder: PrivateFolder,
  root: string,
  settings: FolderSettings,
  build: string,
): SiteSummaries {
  const name = `${PREFIX}${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`;
  return new SiteSummaries(folder, name, settings, build);
}

function readSiteFile(folder: PrivateFolder, name: string, build: string): SiteFile | undefined {
  const bytes = folder.read(name, MAX_FILE_BYTES);
  if (!bytes) return undefined;
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as Partial<SiteFile> | null;
    if (parsed?.format !== FORMAT || parsed.build !== build) return undefined;
    const summaries = parsed.summaries;
    if (typeof summaries !== 'object' || summaries === null) return undefined;
    return Object.values(summaries).every((summary) => summary === null || isPostSummary(summary))
      ? (parsed as SiteFile)
      : undefined;
  } catch {
    return undefined;
  }
}

function pruneSites(folder: PrivateFolder): void {
  const sites = folder.entries(PREFIX).sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const stale of sites.slice(MAX_SITES)) folder.remove(stale.name);
}
