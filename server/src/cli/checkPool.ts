// `check` on worker threads, up to as many as the machine has cores: each post file is read, fixed and checked in a
// worker under the check deadline and the workers' heap cap, its model dropped there once summarized. A post over
// either is reported (too-complex) and costs the run no more than its deadline; the other posts are checked meanwhile.
// A run of a few files (up to what one worker would check alone) checks them, and summarizes their sites' other posts,
// in its own thread under the same deadline (no worker to start), except files too large to go without the heap cap.
// A post that may come near either limit is checked as the editor checks it, so that both give one verdict: a post
// with repeated markup on a worker of the language server's shape, and a post whose check in this thread ran out of
// time waiting for a CPU (a busy machine) there again, whose deadline leaves that wait out.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { version } from '../../../package.json';
import type { PostCheckOptions } from '../core/checkPost';
import type { SiteFacts } from '../core/jekyll/siteFacts';
import type { PostSummary } from '../core/postSummary';
import { repeatedMarkupIn } from '../core/repeatedMarkup';
import type { CheckedFile, FileJobs } from '../jobs/fileJobs';
import { InThreadJobs } from '../jobs/inThread';
import { loadNodeRenderer } from '../jobs/nodeRenderer';
import { pageJobs, type PageJobs } from '../jobs/renderJobs';
import type { JobOutcome, JobRunner } from '../jobs/jobPool';
import { threadWaitMs } from '../jobs/threadWait';
import { SERVER_YOUNG_GENERATION_MB, WorkerPool } from '../jobs/workerPool';
import { currentLanguage } from '../l10n';
import { DEFAULT_LIMITS } from '../settings/limits';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { readRegularFileSync } from '../workspace/regularFiles';
import type { SummaryRequest } from '../workspace/summarizeFile';
import { requireWithCodeCache } from '../jobs/codeCache';
import { userCacheFolder } from './cacheFolder';

/**
 * The worker bundle beside the CLI's. The CLI's own bundle holds no parser (and costs a run little to load): its
 * workers parse, and a run of a few files requires the parser's bundle, dist/fileJobsInThread.js, on demand.
 */
const WORKER_SCRIPT = join(__dirname, 'jobWorker.js');
/** The parser and the file jobs, for a run checked in the CLI's own thread. */
const FILE_JOBS_SCRIPT = join(__dirname, 'fileJobsInThread.js');
type FileJobsModule = typeof import('./fileJobsInThread');
/** The CLI's render worker, with the renderer built for Node in it (not the shared dist/render.js). */
const RENDER_WORKER_SCRIPT = join(__dirname, 'renderWorker.js');
/**
 * The render worker's young generation: the render makes many short-lived nodes. With V8's optimizing budget raised
 * (main.ts), 32 MB took the CPU of 64 MB for 30 MB less peak memory (the blog's 60 posts: 2.5 s, 131 MB against 164 MB);
 * 16 MB saved 15 MB more but took 5 to 10% more CPU.
 */
const RENDER_YOUNG_GENERATION_MB = 32;
/** Writing the render worker's compiled code (a few MB) to the cache folder. */
const SAVE_COMPILED_CODE_MS = 5000;
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

/**
 * A run of up to as many files as one worker would check alone (WAITING_POSTS_PER_WORKER) checks them in its own
 * thread, with no worker to start: one core either way. A file is checked there, where no heap cap bounds it, only
 * while the workers' cap would not have been needed: up to 2 KB per MB of the cap (512 KB at the default 256 MB). A
 * check holds about 100 bytes per byte of the post (300 papers, 688 KB: 64 MB of heap; 600 papers, 1.4 MB: 169 MB),
 * so such a file takes about a fifth of the cap.
 */
const IN_THREAD_BYTES_PER_MB = 2048;
/**
 * Nor with a deadline raised over the default: markup repeated thousands of times costs memory with time, and this
 * thread (whose heap V8 lets grow far more than a capped worker's) held 191 MB at the end of a 5 s deadline where a
 * worker held 173-181 MB, but 340 MB where it held 195 MB at 20 s.
 */
const IN_THREAD_MAX_DEADLINE_MS = DEFAULT_LIMITS.checkTimeoutMs;

export interface CheckRunnerOptions {
  /** `paperDigest.limits.workerMemoryMb`. */
  memoryMb: number;
  /** How many files the run checks: up to WAITING_POSTS_PER_WORKER, in this thread (see IN_THREAD_BYTES_PER_MB). */
  files: number;
}

/** Runs the file jobs of a `check` run: in this thread for a run of a few files, else on the workers. */
export class CheckRunner {
  private workers?: WorkerPool<FileJobs>;
  private inThread?: FileJobsInThread;
  /** Posts that may come near the limits, checked as the language server checks them. */
  private asInTheEditor?: WorkerPool<FileJobs>;
  private readonly sites = new Map<string, Promise<SiteFacts>>();

  constructor(private readonly options: CheckRunnerOptions) {}

  async check(file: FileToCheck): Promise<CheckedFile> {
    const { path, options, fix, mayWrite, deadlineMs } = file;
    let runner = hasRepeatedMarkup(path) ? this.editorShaped() : this.runnerFor(path, deadlineMs);
    const input = { path, options, fix, mayWrite };
    const start = { at: Date.now(), waited: threadWaitMs() };
    let outcome = await runner.run('checkFile', input, { deadlineMs });
    if (outcome.status === 'timedOut' && runner === this.inThread?.jobs && starved(start, deadlineMs)) {
      runner = this.editorShaped();
      outcome = await runner.run('checkFile', input, { deadlineMs });
    }
    if (outcome.status === 'done') return outcome.value;
    if (outcome.status !== 'timedOut' && outcome.status !== 'outOfMemory')
      throw new Error(`checking ${path}: ${failure(outcome)}`);
    const abandoned = await runner.run('abandonedFile', { path, options }, { deadlineMs });
    if (abandoned.status === 'done') return abandoned.value;
    throw new Error(`reading ${path} again: ${failure(abandoned)}`);
  }

  /**
   * The summary of a post of the site not checked in this run (read by the caller), for `already-digested`: null when
   * it is no digest, undefined when it could not be had (over the deadline).
   */
  async summarize(text: string, request: SummaryRequest, deadlineMs: number): Promise<PostSummary | null | undefined> {
    const runner = this.runnerFor(request.path, deadlineMs);
    const outcome = await runner.run('summarizeText', { text, request }, { deadlineMs });
    return outcome.status === 'done' ? (outcome.value ?? null) : undefined;
  }

  /**
   * What tells one build of the summarizer from another, for the summaries kept between runs: the package's version and
   * its bundle's size and time (every build writes it anew); undefined run from the sources, which keep none.
   */
  summarizerBuild(): string | undefined {
    const bundle = statSync(FILE_JOBS_SCRIPT, { throwIfNoEntry: false });
    return bundle && `${version} ${bundle.size} ${bundle.mtimeMs}`;
  }

  /** The facts of the Jekyll site at `root`, read once per run (where the parser's bundle is: it reads the YAML). */
  siteFacts(root: string): Promise<SiteFacts> {
    let facts = this.sites.get(root);
    if (!facts) {
      const deadlineMs = DEFAULT_LIMITS.checkTimeoutMs;
      facts = this.runnerFor(root, deadlineMs)
        .run('siteFacts', root, { deadlineMs })
        .then((outcome) => {
          if (outcome.status === 'done') return outcome.value;
          throw new Error(`reading the Jekyll site ${root}: ${failure(outcome)}`);
        });
      this.sites.set(root, facts);
    }
    return facts;
  }

  async close(): Promise<void> {
    this.inThread?.saveCompiledCode();
    await Promise.all([this.workers?.close(), this.asInTheEditor?.close()]);
  }

  private editorShaped(): WorkerPool<FileJobs> {
    return (this.asInTheEditor ??= new WorkerPool<FileJobs>({
      script: workerScript(WORKER_SCRIPT),
      size: 1,
      memoryMb: this.options.memoryMb,
      youngGenerationMb: SERVER_YOUNG_GENERATION_MB,
      idleMs: IDLE_MS,
      ownTimeDeadlines: true,
      setup: { locale: currentLanguage() },
    }));
  }

  private runnerFor(path: string, deadlineMs: number): JobRunner<FileJobs> {
    const { files, memoryMb } = this.options;
    if (
      files <= WAITING_POSTS_PER_WORKER &&
      deadlineMs <= IN_THREAD_MAX_DEADLINE_MS &&
      fileSize(path) <= memoryMb * IN_THREAD_BYTES_PER_MB
    ) {
      this.inThread ??= loadFileJobsInThread();
      return this.inThread.jobs;
    }
    this.workers ??= new WorkerPool<FileJobs>({
      script: workerScript(WORKER_SCRIPT),
      size: availableParallelism(),
      waitingJobsPerWorker: WAITING_POSTS_PER_WORKER,
      memoryMb,
      idleMs: IDLE_MS,
      demoteAfterMs: DEMOTE_AFTER_MS,
      ownTimeDeadlines: true,
      setup: { locale: currentLanguage() },
    });
    return this.workers;
  }
}

interface FileJobsInThread {
  jobs: JobRunner<FileJobs>;
  /** Keeps V8's code compiled in this run for the next (jobs/codeCache.ts). */
  saveCompiledCode(): void;
}

/**
 * The file jobs in this thread, from dist/fileJobsInThread.js beside the CLI's bundle, its compiled code kept between runs;
 * from the sources, where that bundle is not built, from the module itself.
 */
function loadFileJobsInThread(): FileJobsInThread {
  if (!existsSync(FILE_JOBS_SCRIPT)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the sources' module, where no bundle is built
    const sources = require('./fileJobsInThread') as FileJobsModule;
    return { jobs: sources.fileJobsInThread(currentLanguage()), saveCompiledCode: () => undefined };
  }
  const bundle = requireWithCodeCache<FileJobsModule>(FILE_JOBS_SCRIPT, userCacheFolder());
  return { jobs: bundle.exports.fileJobsInThread(currentLanguage()), saveCompiledCode: bundle.save };
}

/** Whether the file holds a run of repeated markup (what makes a post costly to check); false when it cannot be read. */
function hasRepeatedMarkup(path: string): boolean {
  const bytes = readRegularFileSync(path);
  return bytes !== undefined && repeatedMarkupIn(bytes.toString('utf8')) !== undefined;
}

/** A check in this thread that ran out of time because it waited for a CPU (the machine was busy). */
function starved(start: { at: number; waited: number | undefined }, deadlineMs: number): boolean {
  const waited = threadWaitMs();
  return (
    start.waited !== undefined && waited !== undefined && Date.now() - start.at - (waited - start.waited) < deadlineMs
  );
}

/** 0 for what cannot be looked at: reading it then says why. */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The CLI's render worker: the published page's jobs; closing it keeps its compiled code for the next run first. */
export interface RenderWorker extends JobRunner<PageJobs> {
  close(): Promise<void>;
}

/**
 * A worker for the CLI's `render`, whose bundle holds the renderer built for Node; from the sources, where no worker
 * bundle is built, the render runs in this thread (the renderer loaded on demand, so that `check` never loads it).
 */
export function renderWorker(memoryMb: number, script = RENDER_WORKER_SCRIPT): RenderWorker {
  if (!existsSync(script))
    return Object.assign(new InThreadJobs(pageJobs(loadNodeRenderer, nodeFileSystem)), {
      close: () => Promise.resolve(),
    });
  const pool = new WorkerPool<PageJobs & { saveCompiledCode(): Promise<void> }>({
    script,
    size: 1,
    memoryMb,
    youngGenerationMb: RENDER_YOUNG_GENERATION_MB,
    idleMs: IDLE_MS,
    setup: { locale: currentLanguage() },
  });
  // A worker stopped by its last job is gone: a new one would start only to save what it compiled loading itself.
  let lastJobDone = false;
  return {
    async run(kind, input, options) {
      const outcome = await pool.run(kind, input, options);
      lastJobDone = outcome.status === 'done';
      return outcome;
    },
    notify: (kind, input) => pool.notify(kind, input),
    async close() {
      if (lastJobDone) await pool.run('saveCompiledCode', undefined, { deadlineMs: SAVE_COMPILED_CODE_MS });
      await pool.close();
    },
  };
}

function workerScript(script: string): string {
  if (!existsSync(script)) throw new Error(`${script} is missing: build the CLI with npm run build`);
  return script;
}

function failure(outcome: JobOutcome<unknown>): string {
  return 'message' in outcome ? outcome.message : outcome.status;
}
