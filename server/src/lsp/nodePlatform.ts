import { statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { environmentLocale, useLanguage } from '../l10n';
import { URI } from 'vscode-uri';
import { diskStore } from '../workspace/diskStore';
import { SummaryCache } from '../workspace/summaryCache';
import { desktopFileSystem } from './desktopFileSystem';
import { nodeJobRunners } from './nodeWorkers';
import type { ServerPlatform } from './platform';
import { STORED_BYTES_LIMIT } from './previewSites';
import { ServerWorkers } from './workers';

/** The summaries of the workspace's posts, kept in the client's storage for the workspace between sessions. */
const CACHE_FILE = 'index-cache.json';
/** The preview's compiled site styles, in the same storage. */
const SITES_FOLDER = 'sites';

/** V8's compiled code for the preview's workers, in the client's storage for the extension (every workspace's). */
const CODE_CACHE_FOLDER = 'code-cache';

/** The language of the messages, from the client's initialize params. */
let locale: string | undefined;
/** Where the preview's workers keep V8's compiled code, from the client's initialize params: a folder on the disk. */
let codeCache: string | undefined;

/** The server as a Node process: it reads the disk itself, and checks, summarizes and renders posts on worker threads. */
export const NODE_PLATFORM: ServerPlatform = {
  initialize(params) {
    locale = params.locale ?? environmentLocale();
    useLanguage(locale);
    const { globalStorageUri } = (params.initializationOptions ?? {}) as { globalStorageUri?: unknown };
    const global = typeof globalStorageUri === 'string' ? URI.parse(globalStorageUri) : undefined;
    codeCache = global?.scheme === 'file' ? join(global.fsPath, CODE_CACHE_FOLDER) : undefined;
  },
  fileSystem: desktopFileSystem,
  workers: (client, files) =>
    new ServerWorkers(nodeJobRunners(locale, files, undefined, codeCache), files, (path) => !client.isVirtual(path)),
  siteStore(storageUri, client) {
    const folder = URI.parse(storageUri);
    return folder.scheme === 'file'
      ? diskStore(join(folder.fsPath, SITES_FOLDER), STORED_BYTES_LIMIT)
      : client.storage(storageUri);
  },
  releaseMemory() {
    collectGarbage ??= exposedGc();
    collectGarbage();
  },
  indexCache() {
    const cache = new SummaryCache();
    return { cache, load: (storagePath) => cache.load(storagePath && join(storagePath, CACHE_FILE), serverBuild()) };
  },
};

/** V8's full collection, asked for once a burst of work is over (see ServerPlatform.releaseMemory). */
let collectGarbage: (() => void) | undefined;

/** `gc`, as `--expose-gc` gives it, for a context made after the flag is set (the server is not started with it). */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Differs between any two builds of the server, so that a cache is never read by a server that summarizes otherwise. */
function serverBuild(): string {
  const { size, mtimeMs } = statSync(__filename);
  return `${size}-${mtimeMs}`;
}
