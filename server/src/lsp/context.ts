import type { ClientCapabilities, Connection, FileEvent, InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { sep } from 'node:path';
import type { FileSystem } from '../core/fileSystem';
import type { Elsewhere, PostSite } from '../core/rules/rule';
import { JekyllSites } from '../workspace/jekyllSites';
import { folderKey, WorkspaceIndex } from '../workspace/workspaceIndex';
import { Analyzer, type Analysis, type AnalysisWorkspace } from './analysis';
import { ClientFileSystem } from './clientFileSystem';
import { ClosedPosts } from './closedPosts';
import type { ServerPlatform } from './platform';
import { SettingsCache } from './settingsCache';
import type { ServerWorkers } from './workers';

/** What every feature of the server shares: the connection, the open documents and their analyses. */
export class ServerContext {
  readonly settings: SettingsCache;
  workspaceFolders: string[] = [];
  canRenameFiles = false;
  /** A folder the client keeps for this workspace (VS Code's workspace storage), if it gave one on the disk. */
  storagePath?: string;
  /** What the workspace's files are read with (the index, the preview's site). */
  readonly files: FileSystem;
  clientCapabilities: ClientCapabilities = {};
  /** Every digest post of the workspace (its papers, tags and categories), kept up to date by the indexing feature. */
  readonly index = new WorkspaceIndex();
  /** The Jekyll site of each post: its includes, plugins and how it builds, read once per site. */
  readonly sites: JekyllSites;
  /** Settles once the index has read the workspace folders (the indexing feature sets it when it starts, and again on a change of settings). */
  indexBuilt: Promise<void> = Promise.resolve();
  /** Where posts are checked, summarized and rendered (worker threads on the desktop), from initialize on. */
  workers!: ServerWorkers;
  /** The summaries and findings of posts read from disk, kept between sessions where the platform can keep them. */
  readonly indexCache: ReturnType<ServerPlatform['indexCache']>;
  /** The posts that are not open, each read once for the index and the Problems panel, from initialize on. */
  closedPosts!: ClosedPosts;
  private analyzer!: Analyzer;
  /** Analyses of posts that are not open, each forgotten once made. */
  private closedPostAnalyzer!: Analyzer;
  private readonly client: ClientFileSystem;
  private readonly settingsListeners: (() => void)[] = [];
  private readonly initializedListeners: (() => void)[] = [];
  private readonly outdatedListeners: ((uris: string[]) => void)[] = [];
  private readonly fileListeners: ((changes: FileEvent[]) => void)[] = [];
  private readonly siteListeners: (() => void)[] = [];
  private readonly indexCacheListeners: (() => void)[] = [];

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly platform: ServerPlatform,
  ) {
    this.settings = new SettingsCache(connection, () => this.workspaceFolders);
    this.client = new ClientFileSystem(connection, () => this.workspaceFolders);
    this.files = platform.fileSystem(this.client);
    this.sites = new JekyllSites(this.files);
    this.indexCache = platform.indexCache();
  }

  /** After the platform's own initialize, which takes the language of the messages from the same params. */
  initialize(params: InitializeParams): void {
    const capabilities = params.capabilities;
    this.clientCapabilities = capabilities;
    this.settings.supportsConfiguration = !!capabilities.workspace?.configuration;
    this.canRenameFiles = !!capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('rename');
    this.workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    const { storageUri } = (params.initializationOptions ?? {}) as { storageUri?: unknown };
    if (typeof storageUri === 'string' && URI.parse(storageUri).scheme === 'file')
      this.storagePath = URI.parse(storageUri).fsPath;
    if (!this.workspaceFolders.length && params.rootUri) this.workspaceFolders = [params.rootUri];
    this.workers = this.platform.workers(this.client, this.files);
    if (typeof storageUri === 'string') this.workers.sites.store = this.platform.siteStore(storageUri, this.client);
    this.workers.sites.logError = (what, error) => this.logError(what, error);
    const workspace: AnalysisWorkspace = {
      folders: () => this.workspaceFolders,
      siteOf: (uri) => this.siteOf(uri),
      elsewhere: (uri, site) => this.elsewhere(uri, site),
    };
    this.analyzer = new Analyzer(this.workers.analysis, workspace);
    this.closedPostAnalyzer = new Analyzer(this.workers.closedPostAnalysis, workspace);
    this.closedPosts = new ClosedPosts(this, workspace, this.indexCache?.cache);
    this.onFilesChanged((changes) => {
      const paths = changes.flatMap((change) => this.filePathOf(change.uri) ?? []);
      const change = this.sites.changed(paths);
      if (change === 'facts') this.sitesChanged();
      else if (change === 'files') this.analysesOutdated(this.analyzer.forgetChecksReadingSiteFiles());
    });
  }

  /** The Jekyll site of a document on disk or in a workspace folder; undefined for others (an unsaved one, say). */
  private async siteOf(uri: string): Promise<PostSite | undefined> {
    const path = this.filePathOf(uri);
    return path === undefined ? undefined : this.sites.siteOf(path).catch(() => undefined);
  }

  /** What the rules over the rest of the workspace read, for the document with this URI. */
  private elsewhere(uri: string, site: PostSite | undefined): Elsewhere {
    const root = site && site.facts.root + sep;
    return {
      digestedElsewhere: this.index.lookupFor(uri),
      sitePosts:
        site && root
          ? this.index.sitePostsFor(uri, site.facts, (other) => !!this.filePathOf(other)?.startsWith(root))
          : undefined,
    };
  }

  /** Hears that the index's cache holds what it did not: a post read apart from the index (checked with new settings). */
  onIndexCacheChanged(listener: () => void): void {
    this.indexCacheListeners.push(listener);
  }

  indexCacheChanged(): void {
    for (const listener of this.indexCacheListeners) listener();
  }

  /** Hears that a site's facts changed: posts are checked again. */
  onSitesChanged(listener: () => void): void {
    this.siteListeners.push(listener);
  }

  private sitesChanged(): void {
    this.analyzer.forgetAll();
    this.analysesOutdated(this.documents.all().map((document) => document.uri));
    for (const listener of this.siteListeners) listener();
  }

  /** The document's analysis for its current version; undefined if it could not be made (the error is logged) or the document was closed meanwhile. */
  analysisOf(document: TextDocument): Promise<Analysis | undefined> {
    return this.analysisBy(this.analyzer, document, () => this.documents.get(document.uri) ?? document);
  }

  /** The analysis of a post that is not open, from its text on disk; nothing of it is kept. */
  async analysisOfClosed(document: TextDocument): Promise<Analysis | undefined> {
    const analysis = await this.analysisBy(this.closedPostAnalyzer, document, () => document);
    this.closedPostAnalyzer.forget(document.uri);
    return analysis;
  }

  /** `current`: the text to analyze once the settings are known. */
  private async analysisBy(
    analyzer: Analyzer,
    document: TextDocument,
    current: () => TextDocument,
  ): Promise<Analysis | undefined> {
    try {
      const settings = await this.settings.get(document.uri);
      return analyzer.analyze(current(), settings);
    } catch (error) {
      this.logError(`analysis of ${document.uri}`, error);
      return undefined;
    }
  }

  /** Where a document is on disk or in a workspace folder (virtual ones too); undefined for an unsaved one, say. */
  filePathOf(uri: string): string | undefined {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' || this.workspaceFolders.some((folder) => uri.startsWith(folderKey(folder)))
      ? parsed.fsPath
      : undefined;
  }

  forget(uri: string): void {
    this.analyzer.forget(uri);
  }

  onSettingsChanged(listener: () => void): void {
    this.settingsListeners.push(listener);
  }

  settingsChanged(): void {
    this.settings.forget();
    void this.applyWorkerMemoryLimit();
    for (const listener of this.settingsListeners) listener();
  }

  /** Runs once the client has said `initialized` (requests to the client are allowed from then on). */
  onInitialized(listener: () => void): void {
    this.initializedListeners.push(listener);
  }

  initialized(): void {
    void this.applyWorkerMemoryLimit();
    for (const listener of this.initializedListeners) listener();
  }

  /** Hears of open documents whose analysis is outdated though their text is not (the workspace index changed). */
  onAnalysesOutdated(listener: (uris: string[]) => void): void {
    this.outdatedListeners.push(listener);
  }

  analysesOutdated(uris: string[]): void {
    for (const uri of uris) this.analyzer.outdate(uri);
    for (const listener of this.outdatedListeners) listener(uris);
  }

  /** Hears of files changed on disk, as the client's watchers report them; the features share the one notification. */
  onFilesChanged(listener: (changes: FileEvent[]) => void): void {
    if (!this.fileListeners.length) {
      this.connection.onDidChangeWatchedFiles(({ changes }) => {
        for (const each of this.fileListeners) each(changes);
      });
    }
    this.fileListeners.push(listener);
  }

  /** `paperDigest.limits.workerMemoryMb` is the window's (the first folder's): workers are shared by every document. */
  private async applyWorkerMemoryLimit(): Promise<void> {
    const folder = this.workspaceFolders[0];
    if (folder) this.workers.setMemoryLimit((await this.settings.get(folder)).limits.workerMemoryMb);
  }

  logError(what: string, error: unknown): void {
    this.connection.console.error(
      `paper-digest: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}
