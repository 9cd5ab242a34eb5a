import { appendedEntry } from '../../core/authoring/insertion';
import { newPostPath, newPostPreamble } from '../../core/authoring/newPost';
import { parseDigest } from '../../core/parseDigest';
import { LineIndex } from '../../core/span';
import { NewDigestPostRequest, type Failure, type NewDigestPost } from '../../protocol/requests';
import type { DigestSettings } from '../../settings/settings';
import type { ServerContext } from '../context';
import { onDigestRequest } from '../digestRequests';
import type { Feature } from '../feature';

/** New Digest Post: the file's path and text from the settings, and its first entry as a snippet. */
export function provideNewPost({ schema, commands }: DigestSettings, date: string): NewDigestPost | Failure {
  const path = newPostPath(commands.newPostPath, date);
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
    onDigestRequest(context, NewDigestPostRequest, async ({ folderUri, date }) => provideNewPost(await context.settings.get(folderUri), date));
  },
};
