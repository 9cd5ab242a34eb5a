// Reading and writing a file that should be a post without trusting what the path is: a FIFO or a device named like a post would
// block the read forever (and hold a thread of Node's pool, or a worker that no deadline can then stop).
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Opened without waiting: a FIFO with no writer would block the open itself. */
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** The bytes of a regular file of at most `maxBytes`; undefined for anything else (a FIFO, a device, a folder, nothing). */
export async function readRegularFile(path: string, maxBytes = Infinity): Promise<Buffer | undefined> {
  const handle = await open(path, FLAGS).catch(() => undefined);
  if (!handle) return undefined;
  try {
    const info = await handle.stat();
    return info.isFile() && info.size <= maxBytes ? await handle.readFile() : undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** The same, synchronously, for worker threads (where nothing else waits) and the CLI. */
export function readRegularFileSync(path: string, maxBytes = Infinity): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    return info.isFile() && info.size <= maxBytes ? readFileSync(fd) : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces a regular file's text at once: written beside it, then renamed over it, so that a reader (or a stop
 * midway) sees the old text or the new, never a part. Through a symbolic link the file it resolves to is replaced,
 * not the link. A file the user may not write is left alone (the rename alone would replace even a read-only file).
 * Throws with the system's reason when it cannot.
 */
export function replaceFileText(path: string, text: string): void {
  const target = realpathSync(path);
  accessSync(target, constants.W_OK);
  const { mode } = statSync(target);
  // Root may write anything: the mode still says whether the file is meant to be read-only.
  if (!(mode & 0o222)) throw Object.assign(new Error(`${target} is read-only`), { code: 'EACCES' });
  const temporary = join(
    dirname(target),
    `.${basename(target)}.paper-digest-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    writeFileSync(temporary, text, { mode, flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
