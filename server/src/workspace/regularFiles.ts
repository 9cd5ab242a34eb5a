// The one way a file of the repository is read (posts, layouts, includes, `_config.yml`, `_data`, settings), without
// trusting what its path names: a FIFO or a device named like a post would block the read forever or never end (and
// hold a thread of Node's pool, or a worker that no deadline can then stop), and a file can be any size.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../protocol/fileSystem';

export { MAX_FILE_BYTES };

/**
 * Opened without waiting (a FIFO with no writer would block the open itself) and without becoming the process's
 * controlling terminal, should the path be swapped for one between the look and the open.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
/** What the first read of a file that says it is empty asks for: `/proc`'s files say so, and hold something. */
const FIRST_READ_BYTES = 64 * 1024;

/** Why a file was not read: nothing there, no regular file (a folder, a FIFO, a device, a socket), over the cap, or the system's reason. */
export type ReadFailure = 'missing' | 'notRegular' | 'tooLarge' | 'unreadable';

export class UnreadableFile extends Error {
  constructor(
    readonly path: string,
    readonly failure: ReadFailure,
    /** The system's error code, where the system refused. */
    readonly code?: string,
  ) {
    super(`${path}: ${code ?? failure}`);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`; throws UnreadableFile for anything else. Symbolic links are
 * followed (whether one may lead out of a folder is the caller's to decide). A device is never opened: the path is
 * looked at first, and what was opened is looked at again, in case the path changed meanwhile.
 */
export function readBoundedFileSync(path: string, maxBytes = MAX_FILE_BYTES): Buffer {
  refuseUnlessRegular(
    path,
    attempt(path, () => statSync(path)),
    maxBytes,
  );
  const fd = attempt(path, () => openSync(path, READ_FLAGS));
  try {
    const info = attempt(path, () => fstatSync(fd));
    refuseUnlessRegular(path, info, maxBytes);
    const bytes = new BoundedBytes(path, info.size, maxBytes);
    for (let read = -1; read !== 0;) read = bytes.took(attempt(path, () => readSync(fd, ...bytes.space(), null)));
    return bytes.all();
  } finally {
    closeSync(fd);
  }
}

/** The same, asynchronously, for the language server's thread. */
export async function readBoundedFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Buffer> {
  refuseUnlessRegular(path, await attemptAsync(path, () => stat(path)), maxBytes);
  const handle: FileHandle = await attemptAsync(path, () => open(path, READ_FLAGS));
  try {
    const info = await attemptAsync(path, () => handle.stat());
    refuseUnlessRegular(path, info, maxBytes);
    const bytes = new BoundedBytes(path, info.size, maxBytes);
    for (let read = -1; read !== 0;) {
      const [buffer, offset, length] = bytes.space();
      read = bytes.took((await attemptAsync(path, () => handle.read(buffer, offset, length))).bytesRead);
    }
    return bytes.all();
  } finally {
    await handle.close();
  }
}

/** The bytes, or undefined for a file that cannot be read as above (for readers to whom that is no file). */
export async function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Buffer | undefined> {
  return readBoundedFile(path, maxBytes).catch(() => undefined);
}

/** The same, synchronously, for worker threads (where nothing else waits) and the CLI. */
export function readRegularFileSync(path: string, maxBytes = MAX_FILE_BYTES): Buffer | undefined {
  try {
    return readBoundedFileSync(path, maxBytes);
  } catch {
    return undefined;
  }
}

function refuseUnlessRegular(path: string, info: Stats, maxBytes: number): void {
  if (!info.isFile()) throw new UnreadableFile(path, 'notRegular');
  if (info.size > maxBytes) throw new UnreadableFile(path, 'tooLarge');
}

/** A file's bytes as they are read, in a buffer that grows up to one byte over the cap: that byte says the file is over it. */
class BoundedBytes {
  private buffer: Buffer;
  private length = 0;

  constructor(
    private readonly path: string,
    expectedBytes: number,
    private readonly maxBytes: number,
  ) {
    // One byte more than the file says it holds: a read that fills it finds a file that grew.
    this.buffer = Buffer.allocUnsafe(Math.min(expectedBytes || FIRST_READ_BYTES, maxBytes) + 1);
  }

  /** Where the next read goes: buffer, offset, length. */
  space(): [Buffer, number, number] {
    if (this.length === this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(this.buffer.length * 2, this.maxBytes + 1));
      this.buffer.copy(larger);
      this.buffer = larger;
    }
    return [this.buffer, this.length, this.buffer.length - this.length];
  }

  /** Counts what a read put in; 0 is the end of the file. */
  took(bytes: number): number {
    this.length += bytes;
    if (this.length > this.maxBytes) throw new UnreadableFile(this.path, 'tooLarge');
    return bytes;
  }

  all(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function attempt<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw asUnreadable(path, error);
  }
}

async function attemptAsync<T>(path: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asUnreadable(path, error);
  }
}

function asUnreadable(path: string, error: unknown): Error {
  if (error instanceof UnreadableFile) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UnreadableFile(path, 'missing', code);
  // A read from a FIFO that a writer opened meanwhile, or a device: no regular file either way.
  if (code === 'EAGAIN' || code === 'EISDIR') return new UnreadableFile(path, 'notRegular', code);
  return new UnreadableFile(path, 'unreadable', code ?? String(error));
}
