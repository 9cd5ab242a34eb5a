// Entry of every worker thread of the language server and the CLI (bundled as dist/jobWorker.js).
import { useLanguage } from '../l10n';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { FILE_JOBS } from './fileJobs';
import { loadNodeRenderer } from './nodeRenderer';
import { POST_JOBS } from './postJobs';
import { renderJobs } from './renderJobs';
import { serveJobs } from './serveJobs';

useLanguage(serveJobs({ ...POST_JOBS, ...FILE_JOBS, ...renderJobs(loadNodeRenderer, nodeFileSystem) }).locale);
