import { basename } from 'node:path';
import { URI } from 'vscode-uri';
import { summarizeModel } from '../core/postSummary';
import { summarizeFileSync } from '../workspace/summarizeFileSync';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { markdownFiles } from './files';
import type { Post } from './posts';
import { sitePath } from './posts';

/**
 * The posts of the run and the other posts of their Jekyll sites, as the workspace index reads them, so that
 * `already-digested` sees what the editor sees.
 */
export function indexPosts(posts: Post[]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const post of posts) index.set(post.uri, summarizeModel(post.model, basename(post.path)));
  const checked = new Set(posts.map((post) => post.uri));
  const sites = new Map(posts.filter((post) => post.site.isJekyllSite).map((post) => [post.site.root, post.site]));
  for (const { root, settings } of sites.values()) {
    const folderSettings = { files: settings.files, schema: settings.schema, maxLength: settings.maxLength };
    for (const path of markdownFiles(root)) {
      const uri = URI.file(path).toString();
      if (checked.has(uri)) continue;
      const summary = summarizeFileSync({ path, relativePath: sitePath(root, path), settings: folderSettings });
      if (summary) index.set(uri, summary);
    }
  }
  return index;
}
