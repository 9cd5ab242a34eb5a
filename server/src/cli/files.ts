import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMarkdownFile, isSkippedFolderName } from '../workspace/postFiles';

/** A file to check; `named` when the user named it rather than a folder holding it. */
export interface CheckTarget {
  path: string;
  named: boolean;
}

/** The files named, and the markdown files under the folders named (skipping those the workspace index skips), in a stable order. */
export function checkTargets(paths: string[]): CheckTarget[] {
  return paths.flatMap((path): CheckTarget[] => statSync(path).isDirectory()
    ? markdownFiles(path).map((file) => ({ path: file, named: false }))
    : [{ path, named: true }]);
}

/** The markdown files under a folder, skipping the folders the workspace index skips. */
export function markdownFiles(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return isSkippedFolderName(entry.name) ? [] : markdownFiles(path);
    return entry.isFile() && isMarkdownFile(entry.name) ? [path] : [];
  });
}
