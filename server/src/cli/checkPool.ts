// `check` on worker threads, as many as the machine has cores: each post file is read, fixed and checked in a worker
// under the check deadline and the workers' heap cap, its model dropped there once summarized. A post over either is
// reported (too-complex) and costs the run no more than its deadline; the other posts are checked meanwhile.
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { checkModel, type PostCheckOptions } from '../core/checkPost';
import type { PostSummary } from '../core/postSummary';
import { abandonedModel } from '../core/repeatedMarkup';
import { checkedFile, FILE_JOBS, type CheckedFile, type FileJobs } from '../jobs/fileJobs';
import { InThreadJobs } from '../jobs/inThread';
import { loadNodeRenderer } from '../jobs/nodeRenderer';
import { renderJobs, type RenderJobs } from '../jobs/renderJobs';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { WorkerPool, type JobOutcome, type JobRunner } from '../jobs/workerPool';
import { currentLanguage } from '../l10n';
import { readRegularFileSync } from '../workspace/regularFiles';
import type { SummaryRequest } from '../workspace/summarizeFile';
import { decodeUtf8 } from '../workspace/utf8';
import { existsSync } from 'node:fs';

/** The worker bundle beside the CLI's; without it (running from source) files are checked in this thread. */
const WORKER_SCRIPT = join(__dirname, 'jobWorker.js');
/** The CLI waits for its workers only while they work; an idle one stops at once when the run ends. */
const IDLE_MS = 1000;

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
  private readonly jobs: JobRunner<FileJobs>;
  private readonly pool?: WorkerPool<FileJobs>;

  /** `memoryMb`: `paperDigest.limits.workerMemoryMb`. */
  constructor(memoryMb: number, script = WORKER_SCRIPT) {
    this.pool = existsSync(script)
      ? new WorkerPool<FileJobs>({ script, size: availableParallelism(), memoryMb, idleMs: IDLE_MS, setup: { locale: currentLanguage() } })
      : undefined;
    this.jobs = this.pool ?? new InThreadJobs(FILE_JOBS);
  }

  async check(file: FileToCheck): Promise<CheckedFile> {
    const { path, options, fix, mayWrite, deadlineMs } = file;
    const outcome = await this.jobs.run('checkFile', { path, options, fix, mayWrite }, { deadlineMs });
    if (outcome.status === 'done') return outcome.value;
    if (outcome.status === 'timedOut' || outcome.status === 'outOfMemory') return abandoned(path, options);
    throw new Error(`checking ${path}: ${failure(outcome)}`);
  }

  /** A post of the site not checked in this run, for `already-digested`; undefined for one over the deadline. */
  async summarize(request: SummaryRequest, deadlineMs: number): Promise<PostSummary | undefined> {
    const outcome = await this.jobs.run('summarize', request, { deadlineMs });
    return outcome.status === 'done' ? outcome.value : undefined;
  }

  close(): Promise<void> {
    return this.pool?.close() ?? Promise.resolve();
  }
}

/** A worker for the CLI's `render` (in this thread when no worker bundle is built). */
export function renderWorker(memoryMb: number, script = WORKER_SCRIPT): JobRunner<RenderJobs> & { close(): Promise<void> } {
  if (!existsSync(script)) return Object.assign(new InThreadJobs(renderJobs(loadNodeRenderer, nodeFileSystem)), { close: () => Promise.resolve() });
  return new WorkerPool<RenderJobs>({ script, size: 1, memoryMb, idleMs: IDLE_MS, setup: { locale: currentLanguage(), warmUp: 'loadRenderer' } });
}

/** The report of a post whose check was abandoned: read again here (a scan, no parse) for the repeated markup. */
function abandoned(path: string, options: PostCheckOptions): CheckedFile {
  const bytes = readRegularFileSync(path);
  if (!bytes) return { isDigest: false, diagnostics: [], lineStarts: [0], problems: [{ kind: 'unreadable' }] };
  const { text } = decodeUtf8(bytes);
  return checkedFile(text, checkModel(abandonedModel(text), options, 'post'), options, [{ kind: 'tooComplex' }]);
}

function failure(outcome: JobOutcome<unknown>): string {
  return 'message' in outcome ? outcome.message : outcome.status;
}
