import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { environmentLocale, useLanguage } from '../l10n';
import { summarizeFile } from '../workspace/summarizeFile';
import { SummaryCache } from '../workspace/summaryCache';
import { SummaryThread } from '../workspace/summaryThread';
import { desktopFileSystem } from './desktopFileSystem';
import type { Renderer, ServerPlatform } from './platform';

/** The worker bundle beside the server bundle; without it (running from source) posts are summarized in this thread. */
const WORKER_SCRIPT = join(__dirname, 'summaryWorker.js');
/** The summaries of the workspace's posts, kept in the client's storage for the workspace between sessions. */
const CACHE_FILE = 'index-cache.json';

/** The server as a Node process: it reads the disk itself, and summarizes posts on a worker thread. */
export const NODE_PLATFORM: ServerPlatform = {
  initialize: (params) => void useLanguage(params.locale ?? environmentLocale()),
  async loadRenderer(): Promise<Renderer> {
    // Bundled, dist/render.js is a script that sets module.exports (see scripts/build.mjs): Node imports it as `default`.
    const renderer = (await import('../render')) as Renderer & { default?: Renderer };
    return renderer.default ?? renderer;
  },
  fileSystem: desktopFileSystem,
  summarizer(files) {
    if (!existsSync(WORKER_SCRIPT)) return (request) => summarizeFile(request, files);
    const thread = new SummaryThread(WORKER_SCRIPT);
    return (request) => thread.summarize(request);
  },
  indexCache() {
    const cache = new SummaryCache();
    return { cache, load: (storagePath) => cache.load(storagePath && join(storagePath, CACHE_FILE), serverBuild()) };
  },
};

/** Differs between any two builds of the server, so that a cache is never read by a server that summarizes otherwise. */
function serverBuild(): string {
  const { size, mtimeMs } = statSync(__filename);
  return `${size}-${mtimeMs}`;
}
