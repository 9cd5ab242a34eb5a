// Entry of every worker thread of the language server and the CLI (bundled as dist/jobWorker.js). A worker set up to
// relay its reads (a virtual folder's preview) reads the workspace through the server's thread.
import { useLanguage } from '../l10n';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { FILE_JOBS } from './fileJobs';
import { nodeJobPort } from './nodeJobPort';
import { loadNodeRenderer } from './nodeRenderer';
import { POST_JOBS } from './postJobs';
import { renderJobs } from './renderJobs';
import { serveJobs } from './serveJobs';

const setup = serveJobs(nodeJobPort(), (relayed, { relayFiles }) => ({
  ...POST_JOBS,
  ...FILE_JOBS,
  ...renderJobs(loadNodeRenderer, relayFiles ? relayed : nodeFileSystem),
}));
useLanguage(setup.locale);
