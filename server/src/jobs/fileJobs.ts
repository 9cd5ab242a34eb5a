// The jobs that read files from the disk themselves, in Node's worker threads.
import type { SummaryRequest } from '../workspace/summarizeFile';
import { summarizeFileSync } from '../workspace/summarizeFileSync';

export const FILE_JOBS = {
  /** Reads a file and summarizes it for the workspace index. */
  summarize(request: SummaryRequest) {
    return summarizeFileSync(request);
  },
};

export type FileJobs = typeof FILE_JOBS;
