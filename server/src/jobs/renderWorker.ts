// Entry of the CLI's render worker (dist/renderWorker.js): loads the page jobs' bundle (dist/renderPages.js) with V8's
// compiled code for it kept between runs in the user's cache folder (cli/codeCache.ts), as the CLI's own thread loads
// its checks: a render of a few posts spends a tenth of its CPU compiling the renderer.
import { join } from 'node:path';
import { requireWithCodeCache } from '../cli/codeCache';

const pages = requireWithCodeCache<typeof import('./renderPages')>(join(__dirname, 'renderPages.js'));
pages.exports.serveRenderPages(pages.save);
