import { URI } from 'vscode-uri';
import { readRegularFileSync } from '../workspace/regularFiles';
import type { PostSummary } from '../core/postSummary';
import type { SummaryRequest } from '../workspace/summarizeFile';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { PrivateFolder } from '../workspace/privateFolder';
import type { CheckRunner } from './checkPool';
import { markdownFiles } from './files';
import { siteSummaries, type SiteSummaries } from './keptSummaries';
import type { Post } from './posts';
import { sitePath } from './posts';

/** What summarizes the posts not checked in the run: the run's CheckRunner. */
export type Summarizer = Pick<CheckRunner, 'summarize' | 'summarizerBuild'>;

/** UTF-8 takes at most 3 bytes per UTF-16 unit: a file of more bytes is longer than `maxLength`, and never indexed. */
const MAX_BYTES_PER_CHARACTER = 3;

/**
 * The posts of the run and the other posts of their Jekyll sites, as the workspace index reads them (on the workers,
 * or in this thread for a run of a few files), so that `already-digested` sees what the editor sees. The other posts'
 * summaries are kept between runs in the folder `cacheFolder` gives, when it gives one (keptSummaries.ts).
 */
export async function indexPosts(
  posts: Post[],
  runner: Summarizer,
  cacheFolder: () => PrivateFolder | undefined,
): Promise<WorkspaceIndex> {
  const index = new WorkspaceIndex();
  for (const post of posts) if (post.checked.summary) index.set(post.uri, post.checked.summary);
  const checked = new Set(posts.map((post) => post.uri));
  const sites = new Map(posts.filter((post) => post.site.isJekyllSite).map((post) => [post.site.root, post.site]));
  const build = runner.summarizerBuild();
  await Promise.all(
    [...sites.values()].map(async (site) => {
      const { files, schema, maxLength } = site.settings;
      const settings = { files, schema, maxLength };
      const folder = build ? cacheFolder() : undefined;
      const kept = folder && build ? siteSummaries(folder, site.root, settings, build) : undefined;
      const neighbours = markdownFiles(site.root).filter((path) => !checked.has(URI.file(path).toString()));
      await Promise.all(
        neighbours.map(async (path) => {
          const request = { path, relativePath: sitePath(site.root, path), settings };
          const summary = await summarize(request, site.settings.limits.checkTimeoutMs, runner, kept);
          if (summary) index.set(URI.file(path).toString(), summary);
        }),
      );
      kept?.save();
    }),
  );
  return index;
}

/** A post's summary: the one kept for its bytes, else made now (and kept); undefined for a file that is none. */
async function summarize(
  request: SummaryRequest,
  deadlineMs: number,
  runner: Summarizer,
  kept: SiteSummaries | undefined,
): Promise<PostSummary | undefined> {
  const bytes = readRegularFileSync(request.path, request.settings.maxLength * MAX_BYTES_PER_CHARACTER);
  if (!bytes) return undefined;
  const key = kept?.key(bytes, request.relativePath);
  const known = key === undefined ? undefined : kept?.get(key);
  if (known !== undefined) return known ?? undefined;
  const summary = await runner.summarize(bytes.toString('utf8'), request, deadlineMs);
  if (key !== undefined && summary !== undefined) kept?.set(key, summary);
  return summary ?? undefined;
}
