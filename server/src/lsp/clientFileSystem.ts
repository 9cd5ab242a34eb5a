import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { FileSystem, TextStore } from '../core/fileSystem';
import {
  BATCH_READS,
  ReadBatchRequest,
  WriteStorageFileRequest,
  type FileKind,
  type FileRead,
  type FileReadAnswer,
  type FileStat,
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
  private readonly batches: ReadBatches;

  constructor(
    private readonly connection: Connection,
    private readonly folders: () => string[],
  ) {
    this.batches = new ReadBatches(connection);
  }

  async stat(path: string) {
    const uri = this.uriOf(path);
    const stat = uri && (await this.statUri(uri));
    return stat ? { kind: stat.kind, size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  }

  async readFile(path: string) {
    const uri = this.uriOf(path);
    return uri ? this.readUri(uri) : undefined;
  }

  private statUri(uri: string): Promise<FileStat | null> {
    return this.batches.read({ method: 'stat', uri }) as Promise<FileStat | null>;
  }

  private async readUri(uri: string): Promise<Uint8Array | undefined> {
    const base64 = await this.batches.read({ method: 'readFile', uri });
    return typeof base64 === 'string' ? Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)) : undefined;
  }

  /** The extension's storage folder at `folderUri` (the client's storageUri), read and written through the client. */
  storage(folderUri: string): TextStore {
    const uriOf = (name: string) => `${folderUri.replace(/\/+$/, '')}/sites/${encodeURIComponent(name)}`;
    return {
      read: async (name) => {
        const uri = uriOf(name);
        const stat = await this.statUri(uri);
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
    const entries = uri && (await this.batches.read({ method: 'readDirectory', uri }));
    return (entries as [string, FileKind][] | null | undefined) || [];
  }

  async realPath(path: string) {
    const uri = this.uriOf(path);
    const stat = uri && (await this.statUri(uri));
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

/**
 * The reads asked for within one turn of the event loop (a site's files, read at once; a render worker's relayed reads
 * arrive together) go to the client as batches of at most BATCH_READS: one round trip each, where each read took one.
 * The reads a batch's answer leaves out (past its bound of bytes) are asked again.
 */
class ReadBatches {
  private waiting: { read: FileRead; settle(answer: FileReadAnswer): void; fail(error: unknown): void }[] = [];
  private flushing = false;

  constructor(private readonly connection: Connection) {}

  read(read: FileRead): Promise<FileReadAnswer> {
    return new Promise((settle, fail) => {
      this.waiting.push({ read, settle, fail });
      if (this.flushing) return;
      this.flushing = true;
      setTimeout(() => this.flush(), 0);
    });
  }

  private flush(): void {
    this.flushing = false;
    const waiting = this.waiting.splice(0);
    for (let start = 0; start < waiting.length; start += BATCH_READS)
      void this.send(waiting.slice(start, start + BATCH_READS));
  }

  private async send(batch: ReadBatches['waiting']): Promise<void> {
    let answers: FileReadAnswer[];
    try {
      answers = await this.connection.sendRequest(ReadBatchRequest, { reads: batch.map(({ read }) => read) });
    } catch (error) {
      for (const { fail } of batch) fail(error);
      return;
    }
    // The first read is always answered: a client that answers none is taken to have found nothing.
    const answered = Math.max(1, Math.min(answers.length, batch.length));
    batch.slice(0, answered).forEach(({ settle }, index) => settle(answers[index] ?? null));
    if (answered < batch.length) await this.send(batch.slice(answered));
  }
}
