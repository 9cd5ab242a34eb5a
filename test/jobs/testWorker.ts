// The worker of the pool tests: jobs that answer, throw, never end, eat memory or end the thread.
import { threadId } from 'node:worker_threads';
import { serveJobs } from '../../server/src/jobs/serveJobs';

const kept: unknown[] = [];
let notes = 0;

const TEST_JOBS = {
  echo: (input: string) => ({ input, threadId }),
  fail: (message: string) => {
    throw new Error(message);
  },
  spin: (_: null) => {
    for (;;);
  },
  sleep: (ms: number) => new Promise<number>((resolve) => setTimeout(() => resolve(threadId), ms)),
  eatMemory: (_: null) => {
    for (;;) kept.push(new Array(100_000).fill(kept.length));
  },
  exit: (code: number) => process.exit(code),
  note: (_: null) => notes++,
  notes: (_: null) => notes,
};

export type TestJobs = typeof TEST_JOBS;

serveJobs(TEST_JOBS);
