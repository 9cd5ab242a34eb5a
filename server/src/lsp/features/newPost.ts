import { appendedEntry } from '../../core/authoring/insertion';
import { DEFAULT_POST_PATH, newPostPath, newPostPreamble, postPathPattern } from '../../core/authoring/newPost';
import { parseDigest } from '../../core/parseDigest';
import { LineIndex } from '../../core/span';
import { folderKey } from '../../workspace/workspaceIndex';
import { NewDigestPostRequest, type Failure, type NewDigestPost } from '../../protocol/requests';
import type { DigestSettings } from '../../settings/settings';
import type { ServerContext } from '../context';
import { onDigestRequest } from '../digestRequests';
import type { Feature } from '../feature';

/** Right after start-up, New Digest Post waits this long at most for the index to know the folder's posts. */
const INDEX_WAIT_MS = 3000;

/**
 * New Digest Post: the file's path (the setting's pattern, else the one `postPaths`, the folder's posts, follow) and
 * text from the settings, and its first entry as a snippet.
 */
export function provideNewPost(
  { schema, commands }: DigestSettings,
  date: string,
  postPaths: readonly string[] = [],
): NewDigestPost | Failure {
  const path = newPostPath(commands.newPostPath ?? postPathPattern(postPaths) ?? DEFAULT_POST_PATH, date);
  if ('error' in path) return path;
  const text = newPostPreamble(commands.newPostTemplate, schema, date);
  const appended = appendedEntry(parseDigest(text, schema), schema);
  const lines = new LineIndex(text);
  const entryRange = { start: lines.positionAt(appended.span.start), end: lines.positionAt(appended.span.end) };
  return { path: path.path, text, entryRange, entrySnippet: appended.entry.snippet() };
}

export const newPostFeature: Feature = {
  capabilities: {},
  register(context: ServerContext) {
    onDigestRequest(context, NewDigestPostRequest, async ({ folderUri, date }) => {
      await Promise.race([context.indexBuilt, new Promise((resolve) => setTimeout(resolve, INDEX_WAIT_MS))]);
      const folder = folderKey(folderUri);
      const postPaths = context.index
        .files()
        .filter((file) => file.startsWith(folder))
        .map((file) => decodeURIComponent(file.slice(folder.length)));
      return provideNewPost(await context.settings.get(folderUri), date, postPaths);
    });
  },
};
