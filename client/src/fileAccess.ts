// The language server reads the workspace through these requests where it cannot read it itself (in a web worker, or
// in a virtual workspace): vscode.workspace.fs reads whatever file system the workspace is on.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FileStatRequest,
  ReadDirectoryRequest,
  ReadFileRequest,
  type FileKind,
  type FileStat,
} from '../../server/src/protocol';

export function serveFiles(client: BaseLanguageClient): void {
  client.onRequest(FileStatRequest, ({ uri }) =>
    orNull(async () => statOf(await vscode.workspace.fs.stat(vscode.Uri.parse(uri)))),
  );
  client.onRequest(ReadFileRequest, ({ uri }) =>
    orNull(async () => toBase64(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)))),
  );
  client.onRequest(ReadDirectoryRequest, ({ uri }) =>
    orNull(async () => {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
      return entries.map(([name, type]): [string, FileKind] => [
        name,
        type & vscode.FileType.SymbolicLink ? 'other' : kindOf(type),
      ]);
    }),
  );
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
