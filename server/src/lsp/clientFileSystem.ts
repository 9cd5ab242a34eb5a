import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { FileSystem, TextStore } from '../core/fileSystem';
import {
  FileStatRequest,
  ReadDirectoryRequest,
  ReadFileRequest,
  WriteStorageFileRequest,
} from '../protocol/fileSystem';
import { isPathInFolder, uriInFolder } from '../workspace/folderPaths';
import { STORED_BYTES_LIMIT } from './previewSites';

const utf8 = new TextDecoder();

/**
 * The workspace's files as the client reads them (`vscode.workspace.fs`): what a server in a web worker, or one on a
 * virtual workspace, reads by. Only files inside the workspace folders can be named; a symbolic link cannot be
 * followed, so it has no real path.
 */
export class ClientFileSystem implements FileSystem {
  constructor(
    private readonly connection: Connection,
    private readonly folders: () => string[],
  ) {}

  async stat(path: string) {
    const uri = this.uriOf(path);
    const stat = uri && (await this.connection.sendRequest(FileStatRequest, { uri }));
    return stat ? { kind: stat.kind, size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  }

  async readFile(path: string) {
    const uri = this.uriOf(path);
    return uri ? this.readUri(uri) : undefined;
  }

  private async readUri(uri: string): Promise<Uint8Array | undefined> {
    const base64 = await this.connection.sendRequest(ReadFileRequest, { uri });
    return typeof base64 === 'string' ? Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)) : undefined;
  }

  /** The extension's storage folder at `folderUri` (the client's storageUri), read and written through the client. */
  storage(folderUri: string): TextStore {
    const uriOf = (name: string) => `${folderUri.replace(/\/+$/, '')}/sites/${encodeURIComponent(name)}`;
    return {
      read: async (name) => {
        const uri = uriOf(name);
        const stat = await this.connection.sendRequest(FileStatRequest, { uri });
        if (stat?.kind !== 'file' || stat.symbolicLink || stat.size > STORED_BYTES_LIMIT) return undefined;
        const bytes = await this.readUri(uri);
        return bytes && utf8.decode(bytes);
      },
      write: async (name, text) => {
        if (!(await this.connection.sendRequest(WriteStorageFileRequest, { uri: uriOf(name), text })))
          throw new Error(`the client could not write ${uriOf(name)}`);
      },
    };
  }

  async readDirectory(path: string) {
    const uri = this.uriOf(path);
    return (uri && (await this.connection.sendRequest(ReadDirectoryRequest, { uri }))) || [];
  }

  async realPath(path: string) {
    const uri = this.uriOf(path);
    const stat = uri && (await this.connection.sendRequest(FileStatRequest, { uri }));
    return stat && !stat.symbolicLink ? path : undefined;
  }

  /** Whether the path lies in a workspace folder that is not on the disk (github.dev's `vscode-vfs`, say). */
  isVirtual(path: string): boolean {
    const scheme = this.folderOf(path)?.scheme;
    return scheme !== undefined && scheme !== 'file';
  }

  private uriOf(path: string): string | undefined {
    const folder = this.folderOf(path);
    return folder && uriInFolder(folder, path);
  }

  private folderOf(path: string): URI | undefined {
    return this.folders()
      .map((folder) => URI.parse(folder))
      .find((folder) => isPathInFolder(folder, path));
  }
}
