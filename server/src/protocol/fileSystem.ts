/**
 * Reading the workspace through the client: where the language server cannot read the workspace's files itself (a web
 * worker on github.dev or vscode.dev, a virtual workspace), it asks the client, which reads them with
 * `vscode.workspace.fs`. Read-only, but for the extension's own storage; a file that cannot be read answers null, never
 * an error.
 */
import { RequestType } from 'vscode-languageserver-protocol';

export interface FileUriParams {
  uri: string;
}

export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  size: number;
  mtimeMs: number;
  /** The entry is a symbolic link (its kind is that of what it points to). */
  symbolicLink: boolean;
}

export const FileStatRequest = new RequestType<FileUriParams, FileStat | null, void>('paperDigest/fileSystem/stat');

/** The file's bytes in base64 (the connection carries JSON). */
export const ReadFileRequest = new RequestType<FileUriParams, string | null, void>('paperDigest/fileSystem/readFile');

/** The folder's entries as [name, kind], symbolic links as `other`. */
export const ReadDirectoryRequest = new RequestType<FileUriParams, [string, FileKind][] | null, void>(
  'paperDigest/fileSystem/readDirectory',
);

export interface StorageFileParams {
  /** A file inside the extension's storage for the workspace (`ExtensionContext.storageUri`); nothing else is written. */
  uri: string;
  text: string;
}

/** Writes a file of the extension's storage, its folder made if need be; false when it could not be written. */
export const WriteStorageFileRequest = new RequestType<StorageFileParams, boolean, void>(
  'paperDigest/fileSystem/writeStorageFile',
);
