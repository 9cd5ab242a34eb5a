import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { URI } from 'vscode-uri';
import { matchesGlobs, mayHaveDigestTitle } from '../core/digestFiles';
import type { DigestSettings } from '../settings/settings';
import { isMarkdownFile, relativePosixPath } from '../workspace/postFiles';
import { readRegularFile } from '../workspace/regularFiles';

/** UTF-8 takes at most 3 bytes per UTF-16 unit: a file larger than this is longer than `maxLength`. */
const MAX_BYTES_PER_UNIT = 3;

/** A file inside a workspace folder, by its real path (symbolic links resolved). */
export interface WorkspaceFile {
  path: string;
  /** The workspace folder's real path. */
  folder: string;
}

/**
 * Where the file with this URI really is, when that is inside one of the workspace folders: whatever URI a client
 * sends, `/etc/passwd`, `/proc/…` or a link out of the folder are not the workspace's.
 */
export async function workspaceFileOf(uri: string, folders: string[]): Promise<WorkspaceFile | undefined> {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return undefined;
  const path = await realpath(parsed.fsPath).catch(() => undefined);
  if (!path) return undefined;
  for (const folderUri of folders) {
    const folder = URI.parse(folderUri).scheme === 'file' ? await realpath(URI.parse(folderUri).fsPath).catch(() => undefined) : undefined;
    if (folder && path.startsWith(folder.endsWith(sep) ? folder : folder + sep)) return { path, folder };
  }
  return undefined;
}

/**
 * The text of a digest post of the workspace read from disk: a regular markdown file inside a workspace folder, no
 * longer than `paperDigest.maxFileSize`, that the digest globs match or that carries the digest title. Undefined for
 * anything else, which is not read (or not past what tells it apart).
 */
export async function readWorkspacePost(file: WorkspaceFile, settings: DigestSettings): Promise<string | undefined> {
  if (!isMarkdownFile(file.path)) return undefined;
  const bytes = await readRegularFile(file.path, settings.maxLength * MAX_BYTES_PER_UNIT);
  const text = bytes?.toString('utf8');
  if (text === undefined || text.length > settings.maxLength) return undefined;
  return matchesGlobs(relativePosixPath(file.folder, file.path), settings.files) || mayHaveDigestTitle(text, settings.schema) ? text : undefined;
}
