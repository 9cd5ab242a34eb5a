// `check --fix` writing a post back: a compare-and-swap that keeps the file what it is. The author may save the post
// while it is checked, so it is written only if it still holds what was read; and it is written in place, so that it
// keeps its owner, mode, hard links and anything else tied to it, after a copy of it is set aside and read back.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  realpathSync,
  rmSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readBoundedFileSync } from './regularFiles';

/** What became of a rewrite: written, or left alone because the file no longer holds what was read. */
export type Rewrite = 'written' | 'changed';

const WRITE_FLAGS = constants.O_RDWR | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Writes `text` over the regular file at `path` (through its symbolic links) if it still holds `read`, byte for byte;
 * returns `changed`, leaving it alone, if not. A file the user may not write, or a read-only one (even to root), is
 * left alone too: throws with the system's code. If the write fails midway the file is put back as it was; if even
 * that fails, the copy set aside beside it is kept and the error names it.
 */
export function rewriteIfUnchanged(path: string, read: Uint8Array, text: string): Rewrite {
  const fd = openSync(path, WRITE_FLAGS);
  try {
    const before = fstatSync(fd, { bigint: true });
    if (!before.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EINVAL' });
    // Root may write anything: the mode still says whether the file is meant to be read-only.
    if (!(before.mode & 0o222n)) throw Object.assign(new Error(`${path} is read-only`), { code: 'EACCES' });
    if (!holds(fd, read, before.size)) return 'changed';
    const backup = setAside(path, read);
    if (!sameVersion(before, fstatSync(fd, { bigint: true }))) {
      rmSync(backup, { force: true });
      return 'changed';
    }
    writeInPlace(fd, Buffer.from(text, 'utf8'), read, backup);
    rmSync(backup, { force: true });
    return 'written';
  } finally {
    closeSync(fd);
  }
}

/** Whether the open file holds exactly `expected`. */
function holds(fd: number, expected: Uint8Array, size: bigint): boolean {
  if (size !== BigInt(expected.byteLength)) return false;
  const current = Buffer.allocUnsafe(expected.byteLength + 1);
  let length = 0;
  for (let read = -1; read !== 0 && length < current.length; length += read)
    read = readSync(fd, current, length, current.length - length, length);
  return Buffer.from(expected).equals(current.subarray(0, length));
}

/** Nothing wrote to the file between the two looks. */
function sameVersion(before: BigIntStats, after: BigIntStats): boolean {
  return before.size === after.size && before.mtimeNs === after.mtimeNs && before.ctimeNs === after.ctimeNs;
}

/** A private copy of the file beside it (never over anything there), read back to be sure; its path. */
function setAside(path: string, bytes: Uint8Array): string {
  const real = realpathSync(path);
  const backup = join(
    dirname(real),
    `.${basename(real)}.paper-digest-backup-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    const fd = openSync(backup, 'wx', 0o600);
    try {
      overwrite(fd, bytes);
    } finally {
      closeSync(fd);
    }
    if (!readBoundedFileSync(backup).equals(bytes)) throw new Error(`the copy of ${path} set aside reads back wrong`);
  } catch (error) {
    rmSync(backup, { force: true });
    throw error;
  }
  return backup;
}

function writeInPlace(fd: number, bytes: Buffer, original: Uint8Array, backup: string): void {
  try {
    overwrite(fd, bytes);
  } catch (error) {
    try {
      overwrite(fd, original);
    } catch {
      throw Object.assign(
        new Error(`${(error as Error).message}; the file could not be put back: its text is in ${backup}`),
        { code: (error as NodeJS.ErrnoException).code, backup },
      );
    }
    rmSync(backup, { force: true });
    throw error;
  }
}

function overwrite(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.byteLength;)
    written += writeSync(fd, bytes, written, bytes.byteLength - written, written);
  ftruncateSync(fd, bytes.byteLength);
  fsyncSync(fd);
}
