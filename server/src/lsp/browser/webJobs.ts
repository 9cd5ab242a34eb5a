// The server's jobs in the browser (github.dev, vscode.dev): each on a Web Worker the server's own worker starts (a
// nested dedicated Worker), under the same deadlines, terminated and replaced as on the desktop. A job worker is the
// server's bundle again (dist/web/server.js: one copy of the parser in the package), started from a blob that gives it
// its setup: the extension host refuses `new Worker` of the extension's URL, not of a blob of the worker's own. A job
// worker cannot read the workspace: its reads are relayed to the server's worker, which reads through the client.
import * as l10n from '@vscode/l10n';
import type { StartWorker } from '../../jobs/jobPool';
import { POST_JOBS } from '../../jobs/postJobs';
import { renderJobs } from '../../jobs/renderJobs';
import { serveJobs, type PoolMessage, type WorkerMessage, type WorkerSetup } from '../../jobs/serveJobs';
import { RENDERER_MODULES } from './rendererModules';

/** What a job worker is started with in the browser. */
export interface WebWorkerSetup extends WorkerSetup {
  /** The client's bundle of translated messages (`vscode.l10n.bundle`). */
  l10nBundle?: Record<string, string>;
  /** dist/render.js, which a worker running from a blob: URL cannot find itself. */
  rendererUrl?: string;
}

/** A browser's Worker, as the pool drives it (the project's types are Node's, without the DOM's). */
interface BrowserWorker {
  postMessage(message: PoolMessage): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerMessage }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
}

/** This worker's global scope. */
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: { data: PoolMessage }) => void): void;
  [SETUP_GLOBAL]?: WebWorkerSetup;
  require?: (id: string) => unknown;
  paperDigestRenderer?: Renderer;
  paperDigestSass?: unknown;
}

declare const self: WorkerScope;
declare const Worker: (new (url: string, options: { name: string }) => BrowserWorker) | undefined;
declare function importScripts(...urls: string[]): void;

type Renderer = typeof import('../../render');

/** What the renderer requires for Sass (see scripts/build.mjs). */
const SASS_BUNDLE = './sass.js';

function loadSass(url: string): unknown {
  if (!self.paperDigestSass) importScripts(url);
  return self.paperDigestSass;
}

/** Set by a job worker's blob before it loads the server's bundle: its setup. */
const SETUP_GLOBAL = 'paperDigestJobWorker';

/** The setup this worker was started with as a job worker; undefined in the server's own worker. */
export function jobWorkerSetup(): WebWorkerSetup | undefined {
  return self[SETUP_GLOBAL];
}

/** Whether this worker can start workers of its own (Chromium and Firefox can; Safari before 15.5 could not). */
export function canStartWorkers(): boolean {
  return typeof Worker === 'function';
}

/** Serves jobs in this Web Worker: checks of posts, and renders of the preview whose site is read through the server. */
export function serveWebJobs(setup: WebWorkerSetup): void {
  l10n.config({ contents: setup.l10nBundle ?? {} });
  const port = {
    setup,
    post: (message: WorkerMessage) => self.postMessage(message),
    listen: (listener: (message: PoolMessage) => void) =>
      self.addEventListener('message', (event) => listener(event.data)),
  };
  serveJobs(port, (relayed) => ({
    ...POST_JOBS,
    ...renderJobs(() => loadRenderer(setup.rendererUrl, setup.l10nBundle), relayed),
  }));
}

/** Starts job workers running `serverUrl` with `setup`. Browsers cap no worker's heap: the deadline is the bound. */
export function webWorkers(serverUrl: string, setup: WebWorkerSetup, name: string): StartWorker {
  const bootstrap = `self.${SETUP_GLOBAL} = ${JSON.stringify(setup)};\nimportScripts(${JSON.stringify(serverUrl)});\n`;
  const url = URL.createObjectURL(new Blob([bootstrap], { type: 'text/javascript' }));
  return (events) => {
    const worker = new Worker!(url, { name });
    worker.onmessage = (event) => events.message(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      events.lost({ status: 'crashed', message: event.message ?? 'the worker failed' });
    };
    return { postMessage: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
  };
}

/** dist/render.js, loaded into this worker with importScripts on the first preview; dist/sass.js beside it when asked. */
export async function loadRenderer(
  rendererUrl: string | undefined,
  translations: Record<string, string> | undefined,
): Promise<Renderer> {
  if (!rendererUrl)
    throw new Error('the client did not say where dist/render.js is (initializationOptions.rendererUrl)');
  self.require = (id) => (id === SASS_BUNDLE ? loadSass(new URL(SASS_BUNDLE, rendererUrl).href) : RENDERER_MODULES[id]);
  importScripts(rendererUrl);
  if (!self.paperDigestRenderer) throw new Error(`${rendererUrl} defines no renderer`);
  // Its own copy of @vscode/l10n: the language this worker was given does not reach it otherwise.
  self.paperDigestRenderer.useTranslations(translations ?? {});
  return self.paperDigestRenderer;
}
