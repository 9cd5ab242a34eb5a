// The desktop server's jobs on worker threads (dist/jobWorker.js beside the server bundle), or in its own thread when
// there is no worker bundle (running from source).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSystem } from '../core/fileSystem';
import { FILE_JOBS, type FileJobs } from '../jobs/fileJobs';
import { InThreadJobs } from '../jobs/inThread';
import { loadNodeRenderer } from '../jobs/nodeRenderer';
import { POST_JOBS, type PostJobs } from '../jobs/postJobs';
import { renderJobs, type RenderJobs } from '../jobs/renderJobs';
import { WorkerPool, type JobKinds } from '../jobs/workerPool';
import { DEFAULT_LIMITS } from '../settings/limits';
import type { JobRunners } from './workers';

export const WORKER_SCRIPT = join(__dirname, 'jobWorker.js');

interface PoolShape {
  size: number;
  idleMs: number;
  lowerPriorityBy?: number;
  warmUp?: string;
  demoteAfterMs?: number;
}

/**
 * Two for the posts open in the editor: a post over its deadline never holds up another. They stay a minute after
 * their last job, so that typing after a pause does not wait for a worker to start. A keystroke's job takes a few
 * milliseconds (the edited entry), a whole post's well under a second: one still running after 300 ms yields the CPU.
 */
const ANALYSIS: PoolShape = { size: 2, idleMs: 60_000, demoteAfterMs: 300 };
/**
 * One for the workspace index, at a lower priority than the server's thread, gone after 5 s without work: indexing
 * comes in bursts (a session's start, a change of settings).
 */
const INDEX: PoolShape = { size: 1, idleMs: 5000, lowerPriorityBy: 10 };
/** One for the preview, kept while it is in use: its renderer caches each site's layouts and compiled styles. */
const RENDER: PoolShape = { size: 1, idleMs: 10 * 60_000, warmUp: 'loadRenderer' };

/** The server's workers live long and do small jobs: they keep little memory (the CLI's favour throughput instead). */
const SERVER_YOUNG_GENERATION_MB = 8;

/** `locale`: the language of the messages the workers write; `files`: what reads the workspace here. */
export function nodeJobRunners(locale: string | undefined, files: FileSystem, script = WORKER_SCRIPT): JobRunners {
  const renderHere = new InThreadJobs(renderJobs(loadNodeRenderer, files));
  if (!existsSync(script)) return { analysis: new InThreadJobs(POST_JOBS), index: new InThreadJobs(FILE_JOBS), render: renderHere, renderHere };
  const pools: WorkerPool<JobKinds>[] = [];
  const pool = <Kinds extends JobKinds>(shape: PoolShape) => {
    const created = new WorkerPool<Kinds>({
      script,
      size: shape.size,
      idleMs: shape.idleMs,
      memoryMb: DEFAULT_LIMITS.workerMemoryMb,
      youngGenerationMb: SERVER_YOUNG_GENERATION_MB,
      demoteAfterMs: shape.demoteAfterMs,
      setup: { locale, lowerPriorityBy: shape.lowerPriorityBy, warmUp: shape.warmUp },
    });
    pools.push(created as unknown as WorkerPool<JobKinds>);
    return created;
  };
  return {
    analysis: pool<PostJobs>(ANALYSIS),
    index: pool<FileJobs>(INDEX),
    render: pool<RenderJobs>(RENDER),
    renderHere,
    setMemoryLimit: (memoryMb) => pools.forEach((each) => each.setMemoryLimit(memoryMb)),
  };
}
