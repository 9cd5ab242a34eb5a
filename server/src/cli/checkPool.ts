// `check` on worker threads, up to as many as the machine has cores: each post file is read, fixed and checked in a
// worker under the check deadline and the workers' heap cap, its model dropped there once summarized. A post over
// either is reported (too-complex) and costs the run no more than its deadline; the other posts are checked meanwhile.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { PostCheckOptions } from '../core/checkPost';
import type { PostSummary } from '../core/postSummary';
import type { CheckedFile, FileJobs } from '../jobs/fileJobs';
import { InThreadJobs } from '../jobs/inThread';
import { loadNodeRenderer } from '../jobs/nodeRenderer';
import { pageJobs, type PageJobs } from '../jobs/renderJobs';
import type { JobOutcome, JobRunner } from '../jobs/jobPool';
import { WorkerPool } from '../jobs/workerPool';
import { currentLanguage } from '../l10n';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import type { SummaryRequest } from '../workspace/summarizeFile';

/**
 * The worker bundle beside the CLI's. The CLI never parses in its own thread, so that its bundle holds no parser (and
 * costs a run little to load); only its workers do.
 */
const WORKER_SCRIPT = join(__dirname, 'jobWorker.js');
/** The CLI's render worker, with the renderer built for Node in it (not the shared dist/render.js). */
const RENDER_WORKER_SCRIPT = join(__dirname, 'renderWorker.js');
/**
 * The render worker's young generation: the render makes many short-lived promises and nodes. The blog's 60 posts
 * took a quarter less CPU with 64 MB than with V8's default (or 48 MB), for 30 MB more peak memory; 128 MB took no less
 * CPU and 65 MB more.
 */
const RENDER_YOUNG_GENERATION_MB = 64;
/** The CLI waits for its workers only while they work; an idle one stops at once when the run ends. */
const IDLE_MS = 1000;
/**
 * A post of the blog takes a few tens of milliseconds: a worker still at one after a second yields the CPU to the
 * others, and the posts waiting behind it get another worker.
 */
const DEMOTE_AFTER_MS = 1000;
/**
 * A further worker starts only while more posts than this wait for each one at work. Its start and the warm-up of its
 * own compiled code cost about 0.6 s of CPU, some twenty posts' work: the blog's 60 posts took 1.9 s of CPU on one
 * worker, 2.5 to 2.8 s on two.
 */
const WAITING_POSTS_PER_WORKER = 100;

export interface FileToCheck {
  /** Absolute. */
  path: string;
  options: PostCheckOptions;
  /** `paperDigest.limits.checkTimeoutMs` of its site. */
  deadlineMs: number;
  fix: boolean;
  /** False for a link to a file outside the folder checked: it is checked, not rewritten. */
  mayWrite: boolean;
}

export class CheckWorkers {
  private readonly pool: WorkerPool<FileJobs>;

  /** `memoryMb`: `paperDigest.limits.workerMemoryMb`. */
  constructor(memoryMb: number, script = WORKER_SCRIPT) {
    this.pool = new WorkerPool<FileJobs>({ script: workerScript(script), size: availableParallelism(), waitingJobsPerWorker: WAITING_POSTS_PER_WORKER, memoryMb, idleMs: IDLE_MS, demoteAfterMs: DEMOTE_AFTER_MS, setup: { locale: currentLanguage() } });
  }

  async check(file: FileToCheck): Promise<CheckedFile> {
    const { path, options, fix, mayWrite, deadlineMs } = file;
    const outcome = await this.pool.run('checkFile', { path, options, fix, mayWrite }, { deadlineMs });
    if (outcome.status === 'done') return outcome.value;
    if (outcome.status !== 'timedOut' && outcome.status !== 'outOfMemory') throw new Error(`checking ${path}: ${failure(outcome)}`);
    const abandoned = await this.pool.run('abandonedFile', { path, options }, { deadlineMs });
    if (abandoned.status === 'done') return abandoned.value;
    throw new Error(`reading ${path} again: ${failure(abandoned)}`);
  }

  /** A post of the site not checked in this run, for `already-digested`; undefined for one over the deadline. */
  async summarize(request: SummaryRequest, deadlineMs: number): Promise<PostSummary | undefined> {
    const outcome = await this.pool.run('summarize', request, { deadlineMs });
    return outcome.status === 'done' ? outcome.value : undefined;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * A worker for the CLI's `render`, whose bundle holds the renderer built for Node; from the sources, where no worker
 * bundle is built, the render runs in this thread (the renderer loaded on demand, so that `check` never loads it).
 */
export function renderWorker(memoryMb: number, script = RENDER_WORKER_SCRIPT): JobRunner<PageJobs> & { close(): Promise<void> } {
  if (!existsSync(script)) return Object.assign(new InThreadJobs(pageJobs(loadNodeRenderer, nodeFileSystem)), { close: () => Promise.resolve() });
  return new WorkerPool<PageJobs>({ script, size: 1, memoryMb, youngGenerationMb: RENDER_YOUNG_GENERATION_MB, idleMs: IDLE_MS, setup: { locale: currentLanguage() } });
}

function workerScript(script: string): string {
  if (!existsSync(script)) throw new Error(`${script} is missing: build the CLI with npm run build`);
  return script;
}

function failure(outcome: JobOutcome<unknown>): string {
  return 'message' in outcome ? outcome.message : outcome.status;
}
