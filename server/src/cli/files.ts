import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMarkdownFile, isSkippedFolderName } from '../workspace/postFiles';

/** The markdown files named, and those under the folders named (skipping those the workspace index skips), in a stable order. */
export function markdownFiles(paths: string[]): string[] {
  return paths.flatMap((path) => (statSync(path).isDirectory() ? walk(path) : [path]));
}

function walk(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return isSkippedFolderName(entry.name) ? [] : walk(path);
    return entry.isFile() && isMarkdownFile(entry.name) ? [path] : [];
  });
}
