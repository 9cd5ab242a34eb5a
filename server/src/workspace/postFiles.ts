import { join, relative, sep } from 'node:path';
import type { FileSystem } from '../core/fileSystem';

/** Folders no post lives in: dependencies, Jekyll's output and bundler's gems. Dot-folders are skipped too. */
const SKIPPED_FOLDERS = new Set(['node_modules', '_site', 'vendor']);

export function isMarkdownFile(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/** True when a path inside a workspace folder lies in a folder the index never reads. */
export function isInSkippedFolder(relativePath: string): boolean {
  const folders = relativePath.split(/[\\/]/).slice(0, -1);
  return folders.some(isSkippedFolderName);
}

/** Every markdown file below `root` (symbolic links are not followed), as absolute paths. */
export async function* markdownFilesUnder(files: FileSystem, root: string): AsyncGenerator<string> {
  for (const [name, kind] of await files.readDirectory(root)) {
    const path = join(root, name);
    if (kind === 'directory' && !isSkippedFolderName(name)) yield* markdownFilesUnder(files, path);
    else if (kind === 'file' && isMarkdownFile(name)) yield path;
  }
}

/** The path relative to the folder, with `/` separators (what the `paperDigest.files` globs match). */
export function relativePosixPath(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/');
}

export function isSkippedFolderName(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}
