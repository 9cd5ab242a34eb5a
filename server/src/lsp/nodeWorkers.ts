// The desktop server's jobs on worker threads (dist/jobWorker.js for the checks and summaries, dist/previewWorker.js for
// the preview, beside the server bundle), or in its own thread when there is no worker bundle (running from source). The preview of a virtual folder's post renders on a worker of its
// own whose reads of the site are relayed to this thread, which reads them through the client.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSystem } from '../core/fileSystem';
import { FILE_JOBS, type FileJobs } from '../jobs/fileJobs';
import { InThreadJobs } from '../jobs/inThread';
import { loadNodeRenderer } from '../jobs/nodeRenderer';
import { POST_JOBS, type PostJobs } from '../jobs/postJobs';
import { renderJobs, type RenderJobs } from '../jobs/renderJobs';
import type { JobKinds } from '../jobs/jobPool';
import { SERVER_YOUNG_GENERATION_MB, WorkerPool } from '../jobs/workerPool';
import { DEFAULT_LIMITS } from '../settings/limits';
import {
  ANALYSIS,
  INDEX,
  poolMemoryMb,
  RENDER,
  RENDER_RELAYED,
  SITE,
  SITE_RELAYED,
  type PoolShape,
} from './poolShapes';
import type { JobRunners } from './workers';

/**
 * `locale`: the language of the messages the workers write; `files`: what reads the workspace here; `bundles`: the
 * folder of the workers' bundles; `codeCache`: a folder where the preview's workers keep V8's compiled code for the
 * renderer between sessions (the extension's global storage), if any.
 */
export function nodeJobRunners(
  locale: string | undefined,
  files: FileSystem,
  bundles = __dirname,
  codeCache?: string,
): JobRunners {
  const jobs = join(bundles, 'jobWorker.js');
  const preview = join(bundles, 'previewWorker.js');
  if (!existsSync(jobs)) {
    const render = new InThreadJobs(renderJobs(loadNodeRenderer, files));
    return {
      analysis: new InThreadJobs(POST_JOBS),
      index: new InThreadJobs({ ...POST_JOBS, ...FILE_JOBS }),
      render,
      renderRelayed: render,
      site: render,
      siteRelayed: render,
    };
  }
  const pools: { pool: WorkerPool<JobKinds>; shape: PoolShape }[] = [];
  const pool = <Kinds extends JobKinds>(shape: PoolShape, script = jobs) => {
    const created = new WorkerPool<Kinds>({
      script,
      size: shape.size,
      idleMs: shape.idleMs,
      memoryMb: poolMemoryMb(shape, DEFAULT_LIMITS.workerMemoryMb),
      youngGenerationMb: shape.youngGenerationMb ?? SERVER_YOUNG_GENERATION_MB,
      demoteAfterMs: shape.demoteAfterMs,
      ownTimeDeadlines: shape.ownTimeDeadlines,
      files: shape.relayFiles ? files : undefined,
      setup: {
        locale,
        lowerPriorityBy: shape.lowerPriorityBy,
        warmUp: shape.warmUp,
        relayFiles: shape.relayFiles,
        codeCache: codeCache && shape.keepsCode ? { folder: codeCache, use: shape.keepsCode } : undefined,
      },
    });
    pools.push({ pool: created as unknown as WorkerPool<JobKinds>, shape });
    return created;
  };
  return {
    analysis: pool<PostJobs>(ANALYSIS),
    index: pool<FileJobs & PostJobs>(INDEX),
    render: pool<RenderJobs>(RENDER, preview),
    renderRelayed: pool<RenderJobs>(RENDER_RELAYED, preview),
    site: pool<RenderJobs>(SITE, preview),
    siteRelayed: pool<RenderJobs>(SITE_RELAYED, preview),
    setMemoryLimit: (memoryMb) =>
      pools.forEach(({ pool, shape }) => pool.setMemoryLimit(poolMemoryMb(shape, memoryMb))),
  };
}
