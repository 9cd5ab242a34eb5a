// The CLI's render worker's jobs (bundled as dist/renderPages.js, which dist/renderWorker.js loads): the published
// page's jobs, with the renderer bundled in for Node and without the preview (so without Sass). The shared renderer,
// dist/render.js, is built for the web worker too, and runs the same pages with a third more CPU.
import { useLanguage } from '../l10n';
import { renderPostBody, renderPostPage, renderPublishedPage } from '../render/publishedPage';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { nodeJobPort } from './nodeJobPort';
import { pageJobs } from './renderJobs';
import { serveJobs } from './serveJobs';

const renderer = Promise.resolve({ renderPostBody, renderPostPage, renderPublishedPage });

/** Serves the page jobs, and `saveCompiledCode`, which keeps this bundle's compiled code for the next run. */
export function serveRenderPages(saveCompiledCode: () => void): void {
  const setup = serveJobs(nodeJobPort(), () => ({
    ...pageJobs(() => renderer, nodeFileSystem),
    saveCompiledCode: async () => saveCompiledCode(),
  }));
  useLanguage(setup.locale);
}
