/**
 * Reading the workspace through the client: where the language server cannot read the workspace's files itself (a web
 * worker on github.dev or vscode.dev, a virtual workspace), it asks the client, which reads them with
 * `vscode.workspace.fs`. Read-only, but for the extension's own storage; a file that cannot be read answers null, never
 * an error.
 */
import { RequestType } from 'vscode-languageserver-protocol';

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

/**
 * A read of a URI: `stat` answers a FileStat; `readFile` a regular file's bytes, at most MAX_FILE_BYTES, in base64 (the
 * connection carries JSON); `readDirectory` the folder's entries as [name, kind], symbolic links as `other`; each null
 * where there is nothing.
 */
export interface FileRead {
  method: 'stat' | 'readFile' | 'readDirectory';
  uri: string;
}

export type FileReadAnswer = FileStat | string | [string, FileKind][] | null;

/** The most reads a batch holds. */
export const BATCH_READS = 256;
/** The most bytes of files (in base64) a batch's answer holds: the reads after the one that passes it go unanswered. */
export const BATCH_BYTES = 8 * 1024 * 1024;

/**
 * Reads in one request, as many as the server asked for at once (a site's files: one round trip where each took one,
 * seconds in the browser), at most BATCH_READS. The answers come in the order of the reads, the first always, and stop
 * once the files' base64 passes BATCH_BYTES: the reads left unanswered are asked again.
 */
export const ReadBatchRequest = new RequestType<{ reads: FileRead[] }, FileReadAnswer[], void>(
  'paperDigest/fileSystem/readBatch',
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
