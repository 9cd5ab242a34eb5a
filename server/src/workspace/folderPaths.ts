// Paths in workspace folders that may not be on the disk (github.dev's `vscode-vfs://github/owner/repo`): a path is
// what vscode-uri's `fsPath` says of a URI, and the folder's URI gives it back its scheme and authority.
import { URI } from 'vscode-uri';

/** Whether `path` is the folder's own path or lies below it. */
export function isPathInFolder(folder: URI, path: string): boolean {
  const root = folder.fsPath.replace(/[\\/]$/, '');
  return path === root || path.startsWith(`${root}/`) || path.startsWith(`${root}\\`);
}

/** The URI of the file at `path` in the workspace folder `folder`. */
export function uriInFolder(folder: URI, path: string): string {
  const below = path.slice(folder.fsPath.replace(/[\\/]$/, '').length).replace(/\\/g, '/');
  return folder.with({ path: folder.path.replace(/\/$/, '') + below }).toString();
}
