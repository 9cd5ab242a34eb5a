// The checks of a run of a few files in the CLI's own thread, bundled apart (dist/fileJobsInThread.js) and required only then,
// so that the parser stays out of what every other run of the CLI loads.
import { FILE_JOBS, type FileJobs } from '../jobs/fileJobs';
import { InThreadJobs } from '../jobs/inThread';
import type { JobRunner } from '../jobs/jobPool';
import { withinVmDeadline } from '../jobs/vmDeadline';
import { useLanguage } from '../l10n';

/** The file jobs in this thread under their deadlines, writing their messages in `locale` (this bundle's own l10n). */
export function fileJobsInThread(locale: string): JobRunner<FileJobs> {
  useLanguage(locale);
  return new InThreadJobs(FILE_JOBS, withinVmDeadline);
}
