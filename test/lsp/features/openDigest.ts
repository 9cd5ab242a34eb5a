// Providers under test get what the server gives them: an open digest post and its analysis, made in-process.
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { summarizeModel } from '../../../server/src/core/postSummary';
import { checkPost } from '../../../server/src/core/checkPost';
import { analysisFrom, postCheckOptions } from '../../../server/src/lsp/analysis';
import type { OpenDigest } from '../../../server/src/lsp/digestDocument';
import { resolveSettings, type DigestSettings } from '../../../server/src/settings/settings';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';

export const FOLDER_URI = 'file:///blog';
export const POST_URI = `${FOLDER_URI}/_posts/2025-10-31-daily-papers.md`;
export const postUri = (name: string) => `${FOLDER_URI}/_posts/${name}`;

export interface OpenOptions {
  uri?: string;
  settings?: DigestSettings;
  /** The workspace's other posts, as the index knows them. */
  index?: WorkspaceIndex;
}

/** The post open in an editor at version 1, analysed as the server analyses it (in this thread); it must be a digest. */
export function openDigest(text: string, options: OpenOptions = {}): OpenDigest {
  const document = TextDocument.create(options.uri ?? POST_URI, 'markdown', 1, text);
  const index = options.index ?? new WorkspaceIndex();
  const settings = options.settings ?? resolveSettings(undefined);
  const checkOptions = postCheckOptions(document.uri, settings, [FOLDER_URI]);
  const check = checkPost(parseDigest(text, settings.schema, settings.maxLength), checkOptions, 'post');
  const analysis = analysisFrom(document, settings, check, checkOptions, {
    digestedElsewhere: index.lookupFor(document.uri),
  });
  assert.ok(analysis.isDigest, `${document.uri} is not a digest`);
  return { document, analysis };
}

/** An index of the posts as [URI, text], summarised as the workspace indexer summarises files. */
export function indexOf(posts: [string, string][]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [uri, text] of posts) index.set(uri, summarizeModel(parseDigest(text), basename(uri)));
  return index;
}

/** The document's text with the edits applied. */
export function applied(digest: OpenDigest, edits: Parameters<typeof TextDocument.applyEdits>[1]): string {
  return TextDocument.applyEdits(digest.document, edits);
}
