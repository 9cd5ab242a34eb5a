// Reading a file that should be a post without trusting what the path is: a FIFO or a device named like a post
// would block the read forever, and a symbolic link may point anywhere.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Opened without waiting (a FIFO with no writer would block the open itself) and without following a final symbolic
 * link: callers resolve links first and decide whether the target is somewhere they may read.
 */
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/** The bytes of a regular file of at most `maxBytes`; undefined for anything else (a FIFO, a device, a link, a folder). */
export async function readRegularFile(path: string, maxBytes = Infinity): Promise<Buffer | undefined> {
  const handle = await open(path, FLAGS).catch(() => undefined);
  if (!handle) return undefined;
  try {
    const info = await handle.stat();
    return info.isFile() && info.size <= maxBytes ? await handle.readFile() : undefined;
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
