import { readdir, realpath, stat } from 'node:fs/promises';
import type { FileKind, FileStat, FileSystem } from '../core/fileSystem';
import { readRegularFile } from './regularFiles';

/** The desktop's file system, through Node's `fs`. */
export const nodeFileSystem: FileSystem = {
  async stat(path) {
    const info = await stat(path).catch(() => undefined);
    return (
      info &&
      ({
        kind: info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other',
        size: info.size,
        mtimeMs: info.mtimeMs,
      } satisfies FileStat)
    );
  },
  readFile: (path) => readRegularFile(path),
  async readDirectory(path) {
    const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
    return entries.map((entry): [string, FileKind] => [
      entry.name,
      entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other',
    ]);
  },
  realPath: (path) => realpath(path).catch(() => undefined),
};
