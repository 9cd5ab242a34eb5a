import { URI } from 'vscode-uri';
import type { FileSystem } from '../core/fileSystem';
import type { PostSummary } from '../core/postSummary';
import { uriInFolder } from './folderPaths';
import { isInSkippedFolder, isMarkdownFile, markdownFilesUnder, relativePosixPath } from './postFiles';
import type { FileStamp, PostRead, SummaryCache } from './summaryCache';
import type { FolderSettings, SummaryRequest } from './summarizeFile';
import { fileKey, innermostFolder, type WorkspaceIndex } from './workspaceIndex';

export interface IndexerHost {
  /** The workspace folders' URIs. */
  folders(): string[];
  /** What the folders are read with. */
  files: FileSystem;
  settingsFor(folder: string): Promise<FolderSettings>;
  /** Open documents are indexed from the editor's text, not from disk. */
  isOpen(file: string): boolean;
  /**
   * Reads and summarizes a file (on a worker thread in the language server, which checks it in the same read: the
   * read's findings are kept with its summary).
   */
  read(file: string, request: SummaryRequest): Promise<PostRead>;
  /** Resolves when files may be summarized: the language server holds them back while the user types. */
  whenQuiet(): Promise<void>;
  logError(what: string, error: unknown): void;
}

/** Files in hand at once: one being summarized while the next is looked up, and no more to finish once typing starts. */
const PARALLEL_READS = 2;

/** UTF-8 takes at most 3 bytes per UTF-16 unit: a file larger than this is longer than `maxLength`. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Keeps a `WorkspaceIndex` in step with the disk: walks the workspace folders, then re-reads what changes.
 * Files are read and parsed one by one through `host.read`, never all in one turn of the event loop.
 */
export class WorkspaceIndexer {
  /** Files waiting to be read, with the request that queued them. */
  private readonly queue = new Map<string, number>();
  /** The newest request per file: a slower, older read of the same file is dropped. */
  private readonly latestRequest = new Map<string, number>();
  private requests = 0;
  private busyReaders = 0;
  private busyWalks = 0;
  private idleWaiters: (() => void)[] = [];
  /** Files read and files queued since the indexer was last idle. */
  readonly progress = { done: 0, queued: 0 };

  /** `cache`: summaries from earlier sessions, used for files that did not change since. */
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly host: IndexerHost,
    private readonly cache?: SummaryCache,
  ) {}

  get isIdle(): boolean {
    return this.queue.size === 0 && this.busyReaders === 0 && this.busyWalks === 0;
  }

  /** Walks every workspace folder and reads each markdown file again. */
  indexAll(): void {
    for (const folder of this.host.folders()) this.walk(folder, URI.parse(folder).fsPath);
  }

  /** Reads again a file or folder that was created, changed or deleted (a deleted folder takes its posts along). */
  refresh(uri: string): void {
    this.enqueue(fileKey(uri));
  }

  whenIdle(): Promise<void> {
    return this.isIdle ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Queues every markdown file below `root`, a folder of the workspace folder `folder`. */
  private walk(folder: string, root: string): void {
    this.busyWalks++;
    const files = async () => {
      for await (const path of markdownFilesUnder(this.host.files, root))
        this.enqueue(uriInFolder(URI.parse(folder), path));
    };
    files()
      .catch((error) => this.host.logError(`indexing ${root}`, error))
      .finally(() => {
        this.busyWalks--;
        this.settle();
      });
  }

  private enqueue(file: string): void {
    const request = ++this.requests;
    const waiting = this.queue.delete(file);
    this.queue.set(file, request);
    this.latestRequest.set(file, request);
    if (!waiting) this.progress.queued++;
    while (this.busyReaders < PARALLEL_READS && this.queue.size > 0) this.startReader();
  }

  private startReader(): void {
    this.busyReaders++;
    this.readQueue().finally(() => {
      this.busyReaders--;
      this.settle();
    });
  }

  private async readQueue(): Promise<void> {
    for (let next = this.takeNext(); next; next = this.takeNext()) {
      const [file, request] = next;
      await this.update(file, request).catch((error) => this.host.logError(`indexing ${file}`, error));
      this.progress.done++;
    }
  }

  private takeNext(): [string, number] | undefined {
    const next = this.queue.entries().next();
    if (next.done) return undefined;
    this.queue.delete(next.value[0]);
    return next.value;
  }

  private async update(file: string, request: number): Promise<void> {
    const folder = innermostFolder(this.host.folders(), file);
    if (!folder) return;
    const path = URI.parse(file).fsPath;
    const relativePath = relativePosixPath(URI.parse(folder).fsPath, path);
    if (isInSkippedFolder(relativePath)) return;
    const info = await this.host.files.stat(path);
    if (!info) {
      return this.apply(file, request, () => {
        this.index.delete(file);
        this.index.deleteFolder(file);
        this.cache?.delete(file);
      });
    }
    if (info.kind === 'directory') return isInSkippedFolder(`${relativePath}/`) ? undefined : this.walk(folder, path);
    // A FIFO or a device named like a post would hold its reader forever.
    if (!isMarkdownFile(path) || info.kind !== 'file') return;
    if (this.host.isOpen(file)) return this.cache?.keep(file);
    const settings = await this.host.settingsFor(folder);
    const fits = info.size <= settings.maxLength * MAX_BYTES_PER_UNIT;
    const summary = fits ? await this.summaryOf(file, { path, relativePath, settings }, info) : undefined;
    this.apply(file, request, () => (summary ? this.index.set(file, summary) : this.index.delete(file)));
  }

  /** The cached summary of an unchanged file, else a new one (once the editor is quiet), cached in turn. */
  private async summaryOf(file: string, request: SummaryRequest, stamp: FileStamp): Promise<PostSummary | undefined> {
    const cached = this.cache?.get(file, stamp, request.settings);
    if (cached !== undefined) return cached ?? undefined;
    await this.host.whenQuiet();
    const read = await this.host.read(file, request);
    this.cache?.set(file, stamp, request.settings, read);
    return read.summary;
  }

  /** Applies what a read found, unless a newer request for the file came in meanwhile or the file was opened. */
  private apply(file: string, request: number, change: () => void): void {
    if (this.latestRequest.get(file) !== request || this.host.isOpen(file)) return;
    this.latestRequest.delete(file);
    change();
  }

  private settle(): void {
    if (!this.isIdle) return;
    this.progress.done = 0;
    this.progress.queued = 0;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
