import { URI } from 'vscode-uri';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CheckRunner } from './checkPool';
import { markdownFiles } from './files';
import type { Post } from './posts';
import { sitePath } from './posts';

/**
 * The posts of the run and the other posts of their Jekyll sites, as the workspace index reads them (on the workers,
 * or in this thread for a run of a few files), so that `already-digested` sees what the editor sees.
 */
export async function indexPosts(posts: Post[], runner: CheckRunner): Promise<WorkspaceIndex> {
  const index = new WorkspaceIndex();
  for (const post of posts) if (post.checked.summary) index.set(post.uri, post.checked.summary);
  const checked = new Set(posts.map((post) => post.uri));
  const sites = new Map(posts.filter((post) => post.site.isJekyllSite).map((post) => [post.site.root, post.site]));
  const neighbours = [...sites.values()]
    .flatMap((site) => markdownFiles(site.root).map((path) => ({ site, path })))
    .filter(({ path }) => !checked.has(URI.file(path).toString()));
  await Promise.all(
    neighbours.map(async ({ site: { root, settings }, path }) => {
      const folderSettings = { files: settings.files, schema: settings.schema, maxLength: settings.maxLength };
      const summary = await runner.summarize(
        { path, relativePath: sitePath(root, path), settings: folderSettings },
        settings.limits.checkTimeoutMs,
      );
      if (summary) index.set(URI.file(path).toString(), summary);
    }),
  );
  return index;
}
