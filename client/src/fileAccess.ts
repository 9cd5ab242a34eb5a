// The language server reads the workspace through these requests where it cannot read it itself (in a web worker, or
// in a virtual workspace): vscode.workspace.fs reads whatever file system the workspace is on. It writes nothing but
// in the extension's storage for the workspace (what the preview keeps between sessions), there too through the client.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Utils } from 'vscode-uri';
import {
  BATCH_BYTES,
  BATCH_READS,
  MAX_FILE_BYTES,
  ReadBatchRequest,
  WriteStorageFileRequest,
  type FileKind,
  type FileRead,
  type FileReadAnswer,
  type FileStat,
} from '../../server/src/protocol';

/** `storage`: the extension's storage folder for the workspace, the one folder the server may write in. */
export function serveFiles(client: BaseLanguageClient, storage: vscode.Uri | undefined): void {
  client.onRequest(ReadBatchRequest, ({ reads }) => answerBatch(reads));
  client.onRequest(WriteStorageFileRequest, async ({ uri, text }) => {
    const file = vscode.Uri.parse(uri);
    if (!storage || !isInside(storage, file)) return false;
    return (
      (await orNull(async () => {
        await vscode.workspace.fs.createDirectory(Utils.dirname(file));
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
        return true;
      })) ?? false
    );
  });
}

/** One read, made with vscode.workspace.fs. */
function answer({ method, uri }: FileRead): Promise<FileReadAnswer> {
  const file = vscode.Uri.parse(uri);
  switch (method) {
    case 'stat':
      return orNull(async () => statOf(await vscode.workspace.fs.stat(file)));
    case 'readFile':
      return orNull(() => readRegularFile(file));
    case 'readDirectory':
      return orNull(async () =>
        (await vscode.workspace.fs.readDirectory(file)).map(([name, type]): [string, FileKind] => [
          name,
          type & vscode.FileType.SymbolicLink ? 'other' : kindOf(type),
        ]),
      );
  }
}

/**
 * A batch's reads, made at once; answered in order up to the batch's bounds (the first always): the server asks again
 * for the rest.
 */
async function answerBatch(reads: FileRead[]): Promise<FileReadAnswer[]> {
  const answers = await Promise.all(reads.slice(0, BATCH_READS).map((read) => answer(read)));
  let bytes = 0;
  for (let index = 0; index < answers.length; index++) {
    const value = answers[index];
    bytes += typeof value === 'string' ? value.length : 0;
    if (index > 0 && bytes > BATCH_BYTES) return answers.slice(0, index);
  }
  return answers;
}

function isInside(folder: vscode.Uri, file: vscode.Uri): boolean {
  const prefix = `${folder.with({ query: '', fragment: '' }).toString().replace(/\/+$/, '')}/`;
  return file.toString().startsWith(prefix) && !file.path.split('/').includes('..');
}

/**
 * A regular file of at most MAX_FILE_BYTES, in base64; null for anything else. vscode.workspace.fs reads whatever is
 * there: a FIFO or a device in the workspace would block the read, or never end it.
 */
async function readRegularFile(file: vscode.Uri): Promise<string | null> {
  const { type, size } = await vscode.workspace.fs.stat(file);
  if (!(type & vscode.FileType.File) || size > MAX_FILE_BYTES) return null;
  return toBase64(await vscode.workspace.fs.readFile(file));
}

function statOf(stat: vscode.FileStat): FileStat {
  return {
    kind: kindOf(stat.type),
    size: stat.size,
    mtimeMs: stat.mtime,
    symbolicLink: (stat.type & vscode.FileType.SymbolicLink) !== 0,
  };
}

function kindOf(type: vscode.FileType): FileKind {
  if (type & vscode.FileType.Directory) return 'directory';
  return type & vscode.FileType.File ? 'file' : 'other';
}

/** A missing or unreadable file is no file to the server. */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
