import * as l10n from '@vscode/l10n';
import type { FileSystem } from '../../core/fileSystem';
import { InThreadJobs } from '../../jobs/inThread';
import { JobPool } from '../../jobs/jobPool';
import { POST_JOBS, type PostJobs } from '../../jobs/postJobs';
import { renderJobs, type RenderJobs } from '../../jobs/renderJobs';
import { DEFAULT_LIMITS } from '../../settings/limits';
import type { ServerPlatform } from '../platform';
import { ANALYSIS, poolMemoryMb, RENDER_RELAYED, SITE_RELAYED, type PoolShape } from '../poolShapes';
import { ServerWorkers, type JobRunners } from '../workers';
import { canStartWorkers, loadRenderer, webWorkers, type WebWorkerSetup } from './webJobs';

/** What the client tells a server in a web worker at initialize. */
interface WebInitializationOptions {
  /** The client's own bundle of translated messages (`vscode.l10n.bundle`): l10n/bundle.l10n.*.json, as on the desktop. */
  l10nBundle?: Record<string, string>;
  /** dist/web/server.js, which its job workers load: the worker cannot find itself (it runs from a blob: URL). */
  serverUrl?: string;
  /** dist/render.js, for the same reason. */
  rendererUrl?: string;
}

let options: WebInitializationOptions = {};

/**
 * The server in a web worker: the workspace is read through the client; posts are checked, summarized for the index
 * and rendered on Web Workers of its own, under the deadlines; no index is kept between sessions (the worker has no
 * disk), the preview's compiled site styles are (written through the client, in its storage).
 */
export const WEB_PLATFORM: ServerPlatform = {
  initialize(params) {
    options = (params.initializationOptions ?? {}) as WebInitializationOptions;
    l10n.config({ contents: options.l10nBundle ?? {} });
  },
  fileSystem: (client) => client,
  workers: (_client, files) => new ServerWorkers(webJobRunners(files), files, () => false),
  siteStore: (storageUri, client) => client.storage(storageUri),
  indexCache: () => undefined,
};

function webJobRunners(files: FileSystem): JobRunners {
  const setup: WebWorkerSetup = { l10nBundle: options.l10nBundle, rendererUrl: options.rendererUrl };
  const { serverUrl } = options;
  if (!serverUrl || !canStartWorkers()) {
    const render = new InThreadJobs(renderJobs(() => loadRenderer(options.rendererUrl, options.l10nBundle), files));
    return { analysis: new InThreadJobs(POST_JOBS), render, renderRelayed: render, site: render, siteRelayed: render };
  }
  const pool = <Kinds extends PostJobs | RenderJobs>(shape: PoolShape, name: string) =>
    new JobPool<Kinds>({
      start: webWorkers(serverUrl, { ...setup, warmUp: shape.warmUp }, name),
      size: shape.size,
      idleMs: shape.idleMs,
      memoryMb: poolMemoryMb(shape, DEFAULT_LIMITS.workerMemoryMb),
      files: shape.relayFiles ? files : undefined,
    });
  const render = pool<RenderJobs>(RENDER_RELAYED, 'Paper Digest preview');
  const site = pool<RenderJobs>(SITE_RELAYED, "Paper Digest site's styles");
  return {
    analysis: pool<PostJobs>(ANALYSIS, 'Paper Digest checks'),
    render,
    renderRelayed: render,
    site,
    siteRelayed: site,
  };
}
