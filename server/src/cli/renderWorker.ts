// Entry of the CLI's render worker (dist/renderWorker.js): loads the page jobs' bundle (dist/renderPages.js) with V8's
// compiled code for it kept between runs in the user's cache folder (jobs/codeCache.ts), as the CLI's own thread loads its
// checks: compiling the renderer cost the render of one post a tenth of its CPU, of 29 posts a twentieth.
import { join } from 'node:path';
import { requireWithCodeCache } from '../jobs/codeCache';
import { userCacheFolder } from './cacheFolder';

const pages = requireWithCodeCache<typeof import('../jobs/renderPages')>(
  join(__dirname, 'renderPages.js'),
  userCacheFolder(),
);
pages.exports.serveRenderPages(pages.save);
