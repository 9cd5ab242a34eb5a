// Reading a post by the URI a client sends, only where the workspace's posts are: whatever the URI, `/etc/passwd`,
// `/proc/…`, a device, a FIFO or a link out of the folder are not the workspace's.
import { URI } from 'vscode-uri';
import { matchesGlobs, mayHaveDigestTitle } from '../core/digestFiles';
import { readText, type FileSystem } from '../core/fileSystem';
import type { DigestSettings } from '../settings/settings';
import { isPathInFolder } from '../workspace/folderPaths';
import { isMarkdownFile } from '../workspace/postFiles';

/** UTF-8 takes at most 3 bytes per UTF-16 unit: a file larger than this is longer than `maxLength`. */
const MAX_BYTES_PER_UNIT = 3;

/** A file inside a workspace folder, by its real path (symbolic links resolved). */
export interface WorkspaceFile {
  path: string;
  /** The workspace folder holding it, with its own links resolved. */
  folder: URI;
  /** The path relative to the folder, `/`-separated (what the digest globs match). */
  relativePath: string;
}

/** Where the file at `path` really is, when that is inside one of the workspace folders (URIs). */
export async function workspaceFileOf(
  files: FileSystem,
  path: string | undefined,
  folders: string[],
): Promise<WorkspaceFile | undefined> {
  const real = path && (await files.realPath(path));
  if (!real) return undefined;
  for (const folderUri of folders) {
    const folderPath = await files.realPath(URI.parse(folderUri).fsPath);
    const folder = folderPath && URI.parse(folderUri).with({ path: URI.file(folderPath).path });
    if (folder && isPathInFolder(folder, real))
      return {
        path: real,
        folder,
        relativePath: real.slice(folder.fsPath.length).replace(/\\/g, '/').replace(/^\//, ''),
      };
  }
  return undefined;
}

/**
 * The text of a digest post of the workspace: a regular markdown file no longer than `paperDigest.maxFileSize` that
 * the digest globs match or that carries the digest title. Undefined for anything else, which is not read (or not
 * past what tells it apart).
 */
export async function readWorkspacePost(
  files: FileSystem,
  file: WorkspaceFile,
  settings: DigestSettings,
): Promise<string | undefined> {
  if (!isMarkdownFile(file.path)) return undefined;
  const info = await files.stat(file.path);
  if (info?.kind !== 'file' || info.size > settings.maxLength * MAX_BYTES_PER_UNIT) return undefined;
  const text = await readText(files, file.path);
  if (text === undefined || text.length > settings.maxLength) return undefined;
  return matchesGlobs(file.relativePath, settings.files) || mayHaveDigestTitle(text, settings.schema)
    ? text
    : undefined;
}
