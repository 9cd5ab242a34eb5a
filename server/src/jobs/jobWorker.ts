// Entry of the checks' and summaries' worker threads of the language server and the CLI (bundled as dist/jobWorker.js);
// the preview's workers have an entry of their own (previewWorker.ts).
import { useLanguage } from '../l10n';
import { FILE_JOBS } from './fileJobs';
import { nodeJobPort } from './nodeJobPort';
import { POST_JOBS } from './postJobs';
import { serveJobs } from './serveJobs';

serveJobs(nodeJobPort(), (_relayed, setup) => {
  useLanguage(setup.locale);
  return { ...POST_JOBS, ...FILE_JOBS };
});
