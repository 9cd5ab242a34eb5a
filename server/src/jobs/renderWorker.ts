// Entry of the CLI's render worker (bundled as dist/renderWorker.js): the published page's jobs, with the renderer
// bundled in for Node and without the preview (so without Sass). The shared renderer, dist/render.js, is built for the
// web worker too, and runs the same pages with a third more CPU (see README, Performance).
import { useLanguage } from '../l10n';
import { renderPostBody, renderPostPage, renderPublishedPage } from '../render/publishedPage';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { nodeJobPort } from './nodeJobPort';
import { pageJobs } from './renderJobs';
import { serveJobs } from './serveJobs';

const renderer = Promise.resolve({ renderPostBody, renderPostPage, renderPublishedPage });
const setup = serveJobs(nodeJobPort(), () => pageJobs(() => renderer, nodeFileSystem));
useLanguage(setup.locale);
