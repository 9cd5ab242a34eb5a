import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '_site', '.jekyll-cache', 'vendor']);
const MARKDOWN = /\.(md|markdown)$/i;

/** The markdown files named, and those under the folders named, in a stable order. */
export function markdownFiles(paths: string[]): string[] {
  return paths.flatMap((path) => (statSync(path).isDirectory() ? walk(path) : [path]));
}

function walk(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : walk(path);
    return entry.isFile() && MARKDOWN.test(entry.name) ? [path] : [];
  });
}
