import * as l10n from '@vscode/l10n';
import { DidChangeWatchedFilesNotification, WatchKind } from 'vscode-languageserver';
import { summarizeModel } from '../../core/postSummary';
import { WorkspaceIndexer } from '../../workspace/indexer';
import { QuietPeriod, TYPING_PAUSE_MS } from '../../workspace/quietPeriod';
import type { SummaryCache } from '../../workspace/summaryCache';
import { fileKey } from '../../workspace/workspaceIndex';
import type { ServerContext } from '../context';
import type { Feature } from '../feature';

/** How long after the last keystroke an open post's papers go to the index (its diagnostics come first). */
const OPEN_DOCUMENT_DELAY_MS = 300;
/** How long changes to the index gather before the documents that depend on them are checked again. */
const DEPENDENTS_DELAY_MS = 150;
const PROGRESS_INTERVAL_MS = 250;
/**
 * How long after a file changes on disk, or a post is checked apart from the index (with new settings), the cache is
 * saved again (once indexing is idle).
 */
const CACHE_SAVE_DELAY_MS = 2000;

/**
 * Builds the workspace index of digest posts once the client is ready, and keeps it current: files from disk
 * (watched through the client), open posts from their editor text. Posts whose checks read changed entries are
 * checked again.
 */
export const workspaceIndexingFeature: Feature = {
  capabilities: {},
  register(context: ServerContext) {
    const typing = new QuietPeriod(TYPING_PAUSE_MS);
    context.documents.onDidChangeContent(() => typing.noteActivity());
    const { indexCache } = context;
    const indexer = new WorkspaceIndexer(
      context.index,
      {
        folders: () => context.workspaceFolders,
        files: context.files,
        settingsFor: (folder) => context.settings.get(folder),
        isOpen: (file) => context.documents.all().some((document) => fileKey(document.uri) === file),
        read: (file, request) => context.closedPosts.read(file, request),
        whenQuiet: () => typing.whenQuiet(),
        logError: (what, error) => context.logError(what, error),
      },
      indexCache?.cache,
    );
    const saveCache = () => void (indexCache && saveWhenIdle(context, indexer, indexCache.cache));
    const indexAll = () => {
      const built = indexWithProgress(context, indexer);
      void built.then(saveCache);
      return built;
    };
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const saveLater = () => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveCache, CACHE_SAVE_DELAY_MS);
    };
    const refresh = (uri: string) => {
      indexer.refresh(uri);
      saveLater();
    };
    context.onIndexCacheChanged(saveLater);
    context.onInitialized(() => {
      watchPosts(context);
      context.indexBuilt = (indexCache?.load(context.storagePath) ?? Promise.resolve())
        .catch((error) => context.logError('reading the index cache', error))
        .then(indexAll);
    });
    // Before the whole blog's checks hear of the change: they wait for the index (their entries, and its worker).
    context.onSettingsChanged(() => {
      context.indexBuilt = indexAll();
    });
    context.onFilesChanged((changes) => {
      for (const change of changes) refresh(change.uri);
    });
    indexOpenPosts(context, refresh);
    recheckDependents(context);
  },
};

async function saveWhenIdle(context: ServerContext, indexer: WorkspaceIndexer, cache: SummaryCache): Promise<void> {
  await indexer.whenIdle();
  await cache
    .save()
    .catch((error: Error) =>
      context.connection.console.warn(`paper-digest: the index cache was not saved: ${error.message}`),
    );
}

/** Asks the client to report markdown files, and any file or folder created or deleted (a folder takes its posts along). */
function watchPosts(context: ServerContext): void {
  if (!context.clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  const watchers = [
    { globPattern: '**/*.{md,markdown}' },
    { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
  ];
  context.connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers })
    .catch((error) => context.logError('watching posts', error));
}

/** Indexes every folder, reporting progress when the client shows it: the share of files read, and the posts found. */
async function indexWithProgress(context: ServerContext, indexer: WorkspaceIndexer): Promise<void> {
  indexer.indexAll();
  const progress = await context.connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin(l10n.t('Paper Digest: indexing posts'));
  const timer = setInterval(() => {
    const { done, queued } = indexer.progress;
    if (queued) progress?.report(Math.floor((100 * done) / queued), l10n.t('{0} posts', context.index.postCount));
  }, PROGRESS_INTERVAL_MS);
  await indexer.whenIdle();
  clearInterval(timer);
  progress?.done();
}

/** Open posts are indexed from their text a moment after they change, and from disk again once closed. */
function indexOpenPosts(context: ServerContext, refresh: (uri: string) => void): void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        indexOpenPost(context, uri).catch((error) => context.logError(`indexing ${uri}`, error));
      }, OPEN_DOCUMENT_DELAY_MS),
    );
  };
  context.documents.onDidOpen(({ document }) => schedule(document.uri));
  context.documents.onDidChangeContent(({ document }) => schedule(document.uri));
  context.documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    context.index.forgetLookups(document.uri);
    if (context.filePathOf(document.uri)) refresh(document.uri);
  });
}

async function indexOpenPost(context: ServerContext, uri: string): Promise<void> {
  const document = context.documents.get(uri);
  if (!document || !context.filePathOf(uri)) return;
  const analysis = await context.analysisOf(document);
  if (!analysis || context.documents.get(uri)?.version !== analysis.version) return;
  if (!analysis.isDigest) return context.index.delete(uri);
  context.index.set(uri, summarizeModel(analysis.model, analysis.options.fileName, analysis.options.relativePath));
}

/** Open posts whose checks read index entries that changed are checked again, a batch at a time. */
function recheckDependents(context: ServerContext): void {
  const outdated = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  context.index.onDependentsChanged((files) => {
    for (const file of files) outdated.add(file);
    timer ??= setTimeout(() => {
      timer = undefined;
      const uris = context.documents
        .all()
        .map((document) => document.uri)
        .filter((uri) => outdated.has(fileKey(uri)));
      outdated.clear();
      context.analysesOutdated(uris);
    }, DEPENDENTS_DELAY_MS);
  });
}
