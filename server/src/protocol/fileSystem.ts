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

/**
 * The largest file read from a workspace (a post, a layout, an include, a data or settings file). A post as long as
 * `paperDigest.maxFileSize` lets the checks read whole (2 million characters) takes at most 6 MB; the largest file of
 * the user's blog is a 0.65 MB stylesheet. A larger file is read as no file: one file cannot exhaust a worker or a CI
 * runner.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

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
