// The one way the server reads the workspace's files (the workspace index, the preview's Jekyll site): Node's `fs` on
// the desktop, the client's `vscode.workspace.fs` where the server runs in a browser or the workspace is virtual.
import type { FileKind, FileStat as ClientFileStat } from '../protocol/fileSystem';

export type { FileKind };
export type FileStat = Omit<ClientFileStat, 'symbolicLink'>;

/** Read-only access to files by absolute path (as vscode-uri's `fsPath` names them). Never throws for a missing file. */
export interface FileSystem {
  /** Undefined when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Undefined when it is no readable file. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** The entries of a folder (none when it is no folder); symbolic links are `other`. */
  readDirectory(path: string): Promise<[string, FileKind][]>;
  /** The path with its symbolic links resolved; undefined when nothing is there, or when a link cannot be followed. */
  realPath(path: string): Promise<string | undefined>;
}

/**
 * Text kept by name between sessions (the extension's storage folder): read back only from a regular file of a bounded
 * size, replaced whole on a write (a reader, or another window, sees the old text or the new).
 */
export interface TextStore {
  read(name: string): Promise<string | undefined>;
  write(name: string, text: string): Promise<void>;
}

const utf8 = new TextDecoder();

export async function readText(files: FileSystem, path: string): Promise<string | undefined> {
  const bytes = await files.readFile(path);
  return bytes && utf8.decode(bytes);
}
