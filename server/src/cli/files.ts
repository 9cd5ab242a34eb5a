import * as l10n from '@vscode/l10n';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isMarkdownFile, isSkippedFolderName } from '../workspace/postFiles';
import { MAX_FILE_BYTES, type ReadFailure } from '../workspace/regularFiles';

/** A file to check; `named` when the user named it rather than a folder holding it. */
export interface CheckTarget {
  path: string;
  named: boolean;
  /** The folder named that holds it, or a named file's own folder: `--fix` writes only what resolves inside it. */
  folder: string;
}

/** The files named, and the markdown files under the folders named (skipping those the workspace index skips), in a stable order. */
export function checkTargets(paths: string[]): CheckTarget[] {
  return paths.flatMap((path): CheckTarget[] =>
    statSync(path).isDirectory()
      ? markdownFiles(path).map((file) => ({ path: file, named: false, folder: path }))
      : [{ path, named: true, folder: dirname(path) }],
  );
}

/**
 * The markdown files under a folder, skipping the folders the workspace index skips. A symbolic link to a markdown
 * file is one too (links to folders are not followed).
 */
export function markdownFiles(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return isSkippedFolderName(entry.name) ? [] : markdownFiles(path);
    if (!isMarkdownFile(entry.name)) return [];
    return entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile())
      ? [path]
      : [];
  });
}

/** Whether the file, its links resolved, lies inside the target's folder: only then may `--fix` rewrite it. */
export function resolvesInside({ path, folder }: CheckTarget): boolean {
  try {
    const inside = relative(realpathSync(folder), realpathSync(path));
    return inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
  } catch {
    return false;
  }
}

/** Why a file could not be read (workspace/regularFiles.ts), for a message. */
export function whyUnreadable({ failure, code }: { failure: ReadFailure; code?: string }): string {
  switch (failure) {
    case 'missing':
      return l10n.t('no such file');
    case 'notRegular':
      return l10n.t('not a regular file: a folder, a FIFO, a device or a socket');
    case 'tooLarge':
      return l10n.t('larger than {0} MB', MAX_FILE_BYTES / 1024 / 1024);
    case 'unreadable':
      return code ?? failure;
  }
}
