import * as l10n from '@vscode/l10n';
import { readText, type FileSystem } from '../core/fileSystem';
import type { PostSummary } from '../core/postSummary';
import type { FileJobs } from '../jobs/fileJobs';
import type { ClosedPostInput, ClosedPostRead, PostJobs } from '../jobs/postJobs';
import type { RenderInput, RenderJobs } from '../jobs/renderJobs';
import type { JobOutcome, JobRunner } from '../jobs/jobPool';
import type { RenderResult } from '../protocol/render';
import type { Failure } from '../protocol/requests';
import type { RenderedPreview, SiteSnapshot } from '../render';
import { DEFAULT_LIMITS } from '../settings/limits';
import type { SummaryRequest } from '../workspace/summarizeFile';
import { PreviewSites, SITE_DEADLINE_MS, SITE_MEMORY_MB, type SiteReading } from './previewSites';

export type PreviewRender = Omit<RenderResult, 'version'>;

/** A fresh render worker is handed the site this many times at most before the post renders without it. */
const SITE_HANDOVERS = 3;

/** The key of the preview's renders: one runs at a time, and a newer one cancels those waiting. */
const PREVIEW_JOBS = 'preview';

/**
 * Where the server's jobs run: worker threads on the desktop (see nodeWorkers.ts), Web Workers in the browser (see
 * browser/webJobs.ts), or the server's own thread where there are none.
 */
export interface JobRunners {
  analysis: JobRunner<PostJobs>;
  /**
   * The workspace's background work: summaries of files on the disk, and checks of the posts that are not open (the
   * whole blog's Problems, which start as the index is built: sharing its worker spares the memory of another).
   * Absent where nothing reads the disk but through `files`.
   */
  index?: JobRunner<FileJobs & PostJobs>;
  /** Renders of posts whose site the runner reads from the disk itself. */
  render: JobRunner<RenderJobs>;
  /** Renders of posts whose site only `files` can read (a virtual folder, the browser): the runner's reads come here. */
  renderRelayed: JobRunner<RenderJobs>;
  /** The site's work for the preview (reading sites, building their Sass): its own workers, bounds and heap. */
  site: JobRunner<RenderJobs>;
  siteRelayed: JobRunner<RenderJobs>;
  setMemoryLimit?(memoryMb: number): void;
}

/** The server's jobs, by what they are for, wherever they run. */
export class ServerWorkers {
  private memoryMb = DEFAULT_LIMITS.workerMemoryMb;
  /** The site's work for the preview, kept here. */
  readonly sites: PreviewSites;

  constructor(
    private readonly runners: JobRunners,
    /** What the workspace's files are read with here. */
    private readonly files: FileSystem,
    /** Whether the workers can read this path themselves (it is on the disk). */
    private readonly onDisk: (path: string) => boolean,
  ) {
    this.sites = new PreviewSites(
      (relayed) => (relayed ? runners.siteRelayed : runners.site),
      () => siteMemoryMb(this.memoryMb),
    );
  }

  get analysis(): JobRunner<PostJobs> {
    return this.runners.analysis;
  }

  /** Where posts that are not open are checked: beside the index when it has a runner, else beside the open posts. */
  get closedPostAnalysis(): JobRunner<PostJobs> {
    return this.runners.index ?? this.runners.analysis;
  }

  /**
   * Reads a closed post and checks it once, for its summary in the workspace index and its findings in the Problems
   * panel: on the index's worker where it reads the file itself, else read here and checked where the closed posts are
   * (the browser's workers, a virtual folder's). A post over the deadline or the workers' memory is `abandoned`, nothing
   * read (ClosedPosts summarizes it alone, and lists its `too-complex`); a file that cannot be read (gone, no regular
   * file, over the size cap) is an error.
   */
  async readClosedPost(input: ClosedPostInput, deadlineMs: number): Promise<ClosedPostRead> {
    const { path } = input.request;
    if (this.runners.index && this.onDisk(path))
      return readOf(path, await this.runners.index.run('checkClosedFile', input, { deadlineMs }));
    const text = await readText(this.files, path);
    return text === undefined
      ? {}
      : readOf(path, await this.closedPostAnalysis.run('checkClosedText', { text, input }, { deadlineMs }));
  }

  /**
   * Reads and summarizes a file for the workspace index: on the index's worker where it reads the file itself, else
   * read here and summarized where the closed posts are checked (the browser's workers, a virtual folder's). A file over
   * the default check deadline or the workers' memory is left out of the index, as if it were no digest (a summary
   * reads only the front matter and the headings, so only a pathological heading line comes near it); a file that
   * cannot be read (gone, no regular file, over the size cap) is an error.
   */
  async summarize(request: SummaryRequest): Promise<PostSummary | undefined> {
    const deadline = { deadlineMs: DEFAULT_LIMITS.checkTimeoutMs };
    if (this.runners.index && this.onDisk(request.path))
      return summaryOf(request, await this.runners.index.run('summarize', request, deadline));
    const text = await readText(this.files, request.path);
    return text === undefined
      ? undefined
      : summaryOf(request, await this.closedPostAnalysis.run('summarizeText', { text, request }, deadline));
  }

  /**
   * The preview's page; a message for the user instead when its render was stopped (over its deadline or the memory).
   * The deadline bounds the post's render only: the site's work runs apart, under its own bounds (see PreviewSites).
   * A site the workers read themselves is waited for (a fraction of a second); one read through the client (the
   * browser, a virtual folder: seconds) is not: the post is shown at once with the built-in theme, as loading. A render
   * still waiting for the worker when the preview asks for another (the user moved to another post) is dropped: the
   * preview shows one post at a time.
   */
  async renderPreview(input: RenderInput, deadlineMs: number): Promise<PreviewRender | Failure> {
    const path = input.source.filePath;
    const relayed = !!path && !this.onDisk(path);
    const runner = relayed ? this.runners.renderRelayed : this.runners.render;
    if (input.source.allowSite && path && !this.sites.isReading(path))
      // The render worker starts while the site is read, rather than after.
      void runner.run('loadRenderer', undefined, { deadlineMs: SITE_DEADLINE_MS });
    const reading = input.source.allowSite && path ? await this.sites.siteOf(path, relayed, !relayed) : {};
    const notes = reading.note ? [reading.note] : [];
    let site = reading.snapshot;
    if (site) this.sites.prefetch(site.root, input.options.resourceRoots, relayed);
    for (let handovers = 0; ; handovers++) {
      const source = { ...input.source, allowSite: input.source.allowSite && site !== undefined };
      const ref = site && { root: site.root, signature: site.signature };
      const outcome = await runner.run(
        'renderPreview',
        { ...input, source, site: ref },
        { deadlineMs, key: PREVIEW_JOBS },
      );
      if (outcome.status !== 'done') return this.renderFailure(outcome, deadlineMs);
      const rendered = outcome.value;
      if (!('siteNeeded' in rendered)) return this.withStyles(rendered, reading, site, input, relayed, notes);
      const kept: JobOutcome<unknown> =
        handovers < SITE_HANDOVERS
          ? await runner.run('keepSite', site!, { deadlineMs: SITE_DEADLINE_MS })
          : { status: 'crashed', message: 'the render worker was replaced again and again' };
      if (kept.status !== 'done') {
        notes.push(this.sites.unreadSite(kept));
        site = undefined;
      }
    }
  }

  private withStyles(
    rendered: RenderedPreview,
    reading: SiteReading,
    site: SiteSnapshot | undefined,
    { options }: RenderInput,
    relayed: boolean,
    notes: string[],
  ): PreviewRender {
    const { styles: listed, stylesKey: listedKey, ...rest } = rendered;
    const assembled = this.sites.assemble(listed, listedKey, site?.root, options.resourceRoots, relayed);
    return {
      ...rest,
      stylesKey: assembled.stylesKey,
      styles: options.shown?.stylesKey === assembled.stylesKey ? undefined : assembled.styles,
      ...((assembled.loading || reading.loading) && { stylesLoading: true }),
      notes: [...notes, ...assembled.notes, ...rest.notes],
    };
  }

  private renderFailure(outcome: Exclude<JobOutcome<unknown>, { status: 'done' }>, deadlineMs: number): Failure {
    switch (outcome.status) {
      case 'timedOut':
        return {
          error: l10n.t(
            'The preview took longer than {0} seconds to render and was stopped (paperDigest.limits.renderTimeoutMs). A template may loop, or the post may repeat some markup thousands of times.',
            deadlineMs / 1000,
          ),
        };
      case 'outOfMemory':
        return {
          error: l10n.t(
            'The preview needed more than {0} MB of memory and was stopped (paperDigest.limits.workerMemoryMb).',
            this.memoryMb,
          ),
        };
      case 'cancelled':
        throw new Error('the preview was not rendered: a newer render took its place, or the server is closing');
      default:
        throw new Error(outcome.message);
    }
  }

  /** Files changed on disk: the renderers read the sites holding them again. */
  invalidateSite(paths: string[]): void {
    const { render, renderRelayed, site, siteRelayed } = this.runners;
    for (const runner of new Set([render, renderRelayed, site, siteRelayed])) runner.notify('invalidateSite', paths);
    this.sites.invalidate(paths);
  }

  /** `paperDigest.limits.workerMemoryMb`, for the workers started from now on. */
  setMemoryLimit(memoryMb: number): void {
    this.memoryMb = memoryMb;
    this.runners.setMemoryLimit?.(memoryMb);
  }
}

/** The heap of the site's workers: never below that of the others. */
function siteMemoryMb(workerMemoryMb: number): number {
  return Math.max(SITE_MEMORY_MB, workerMemoryMb);
}

function readOf(path: string, outcome: JobOutcome<ClosedPostRead>): ClosedPostRead {
  if (outcome.status === 'done') return outcome.value;
  if (outcome.status === 'timedOut' || outcome.status === 'outOfMemory') return { abandoned: true };
  throw new Error(outcome.status === 'cancelled' ? `${path} was not read` : outcome.message);
}

function summaryOf(request: SummaryRequest, outcome: JobOutcome<PostSummary | undefined>): PostSummary | undefined {
  if (outcome.status === 'done') return outcome.value;
  if (outcome.status === 'timedOut' || outcome.status === 'outOfMemory') return undefined;
  throw new Error(outcome.status === 'cancelled' ? `${request.path} was not summarized` : outcome.message);
}
