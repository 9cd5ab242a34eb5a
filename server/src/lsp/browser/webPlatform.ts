import * as l10n from '@vscode/l10n';
import { InThreadJobs } from '../../jobs/inThread';
import { POST_JOBS } from '../../jobs/postJobs';
import { renderJobs } from '../../jobs/renderJobs';
import type { ServerPlatform } from '../platform';
import { ServerWorkers } from '../workers';
import { RENDERER_MODULES } from './rendererModules';

/** The worker's own (the project's types are Node's). */
declare function importScripts(...urls: string[]): void;

/** What the client tells a server in a web worker at initialize. */
interface WebInitializationOptions {
  /** The client's own bundle of translated messages (`vscode.l10n.bundle`): l10n/bundle.l10n.*.json, as on the desktop. */
  l10nBundle?: Record<string, string>;
  /** dist/render.js, which the worker cannot find itself (it runs from a blob: URL in the extension host). */
  rendererUrl?: string;
}

type Renderer = typeof import('../../render');

let options: WebInitializationOptions = {};

/** dist/render.js, loaded into this worker with importScripts on the first preview. */
async function loadRenderer(): Promise<Renderer> {
  if (!options.rendererUrl) throw new Error('the client did not say where dist/render.js is (initializationOptions.rendererUrl)');
  const scope = globalThis as { require?: (id: string) => unknown; paperDigestRenderer?: Renderer };
  scope.require = (id) => RENDERER_MODULES[id];
  importScripts(options.rendererUrl);
  if (!scope.paperDigestRenderer) throw new Error(`${options.rendererUrl} defines no renderer`);
  return scope.paperDigestRenderer;
}

/**
 * The server in a web worker: the workspace is read through the client; posts are checked, summarized and rendered in
 * this worker, off the editor's thread but with no deadline (a web worker cannot start threads of its own here); no
 * index is kept between sessions (the worker has no disk).
 */
export const WEB_PLATFORM: ServerPlatform = {
  initialize(params) {
    options = (params.initializationOptions ?? {}) as WebInitializationOptions;
    l10n.config({ contents: options.l10nBundle ?? {} });
  },
  fileSystem: (client) => client,
  workers(_client, files) {
    const render = new InThreadJobs(renderJobs(loadRenderer, files));
    return new ServerWorkers({ analysis: new InThreadJobs(POST_JOBS), render, renderHere: render }, files, () => false);
  },
  indexCache: () => undefined,
};
