// The worker of the pool tests: jobs that answer, throw, never end, eat memory, end the thread or read files through
// the pool's thread.
import { threadId } from 'node:worker_threads';
import type { FileSystem } from '../../server/src/core/fileSystem';
import { nodeJobPort } from '../../server/src/jobs/nodeJobPort';
import { serveJobs } from '../../server/src/jobs/serveJobs';

const kept: unknown[] = [];
let notes = 0;

const testJobs = (relayed: FileSystem) => ({
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
  /** What the pool's file system says of `path`, read through the pool's thread. */
  relayedRead: async (path: string) => ({
    stat: await relayed.stat(path),
    text: new TextDecoder().decode(await relayed.readFile(path)),
    entries: await relayed.readDirectory(path),
  }),
});

export type TestJobs = ReturnType<typeof testJobs>;

serveJobs(nodeJobPort(), testJobs);
