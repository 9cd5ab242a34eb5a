// Reading a file that should be a post without trusting what the path is: a FIFO or a device named like a post would
// block the read forever (and hold a thread of Node's pool, or a worker that no deadline can then stop).
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

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
