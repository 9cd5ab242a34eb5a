// Entry of the language server's preview workers (bundled as dist/previewWorker.js): the render and site jobs alone,
// with the renderer loaded from dist/render.js. A preview worker's start is on the path to the first preview, where
// evaluating the checks' bundle (dist/jobWorker.js: the parser and every rule) cost a fifth of its start's CPU. Given a
// folder for it, the worker loads the renderer with V8's code kept there, and keeps it once its first work is done.
import { join } from 'node:path';
import { useLanguage } from '../l10n';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { PrivateFolder } from '../workspace/privateFolder';
import { requireWithCodeCache, type CodeCached } from './codeCache';
import type { JobKinds } from './jobPool';
import { nodeJobPort } from './nodeJobPort';
import { loadNodeRenderer, translated } from './nodeRenderer';
import { renderJobs } from './renderJobs';
import { serveJobs, type WorkerSetup } from './serveJobs';

type Renderer = Awaited<ReturnType<typeof loadNodeRenderer>>;

/** The code is kept once the worker has had nothing to do this long after a job: not between a render and the next. */
const IDLE_BEFORE_SAVE_MS = 1000;
/** Jobs that compile little of the renderer: the code is kept after another. */
const PREPARATIONS = new Set(['loadRenderer', 'keepSite', 'invalidateSite']);

serveJobs(nodeJobPort(), (relayed, setup) => {
  // Before the warm-up, which loads the renderer with the language in use then.
  useLanguage(setup.locale);
  const cached = codeCachedRenderer(setup);
  const jobs = renderJobs(cached?.load ?? loadNodeRenderer, setup.relayFiles ? relayed : nodeFileSystem);
  return cached ? savedWhenIdle(jobs, cached.save) : jobs;
});

/** The renderer loaded with its kept code, when the worker has a private folder for it. */
function codeCachedRenderer({ codeCache }: WorkerSetup) {
  const folder = codeCache && PrivateFolder.open(codeCache.folder);
  if (!codeCache || !folder) return undefined;
  let renderer: CodeCached<Renderer> | undefined;
  return {
    load: async () =>
      translated(
        (renderer ??= requireWithCodeCache<Renderer>(join(__dirname, 'render.js'), folder, codeCache.use)).exports,
      ),
    save: () => renderer?.save(),
  };
}

/** The jobs, and the renderer's code kept once, when the worker rests after its first work. */
function savedWhenIdle<Jobs extends JobKinds>(jobs: Jobs, save: () => void): Jobs {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let worked = false;
  let saved = false;
  const wrapped: JobKinds = {};
  for (const [kind, handler] of Object.entries(jobs)) {
    wrapped[kind] = async (input: never) => {
      clearTimeout(timer);
      try {
        return await handler(input);
      } finally {
        worked ||= !PREPARATIONS.has(kind);
        if (worked && !saved) {
          timer = setTimeout(() => {
            saved = true;
            save();
          }, IDLE_BEFORE_SAVE_MS);
          timer.unref();
        }
      }
    };
  }
  return wrapped as Jobs;
}
