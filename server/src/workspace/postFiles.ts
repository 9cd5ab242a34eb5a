import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

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
export async function* markdownFilesUnder(root: string): AsyncGenerator<string> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (entry.isDirectory() && !isSkippedFolderName(entry.name)) yield* markdownFilesUnder(path);
    else if (entry.isFile() && isMarkdownFile(entry.name)) yield path;
  }
}

/** The path relative to the folder, with `/` separators (what the `paperDigest.files` globs match). */
export function relativePosixPath(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/');
}

export function isSkippedFolderName(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}
