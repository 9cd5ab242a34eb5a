// A folder only the current user can change, for what a process keeps to run again from: V8's compiled code (the
// CLI's in its cache folder, the preview workers' in the extension's global storage) and the CLI's kept summaries. V8
// cannot tell a compiled-code cache of another script of the same length from the bundle's own, and a digest beside a
// cache proves nothing when both are writable by the same hand: ownership is the guard. So the folder is used only when
// it is the user's own (created 0700; refused when another user owns it or may write it, or may replace it through a
// folder above it), every file is opened without following links and read only when it is a regular file of the user's
// of bounded size, and files are written under an exclusive random name, then renamed. A folder that cannot be had so
// costs what would be kept, never the work.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';

/** Group and others may write. */
const WRITABLE_BY_OTHERS = 0o022;
/** Set on a folder such as /tmp: only an entry's owner may rename or remove it, whoever else may write there. */
const STICKY = 0o1000;
/** A FIFO is opened without waiting for a writer; a link at the name is refused (ELOOP), not followed. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
/** Created here and now or not at all: nothing planted at the name (a link, a file) is followed or reused. */
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export interface PrivateFile {
  name: string;
  mtimeMs: number;
}

/** A folder the current user alone may change; see the top of the file. */
export class PrivateFolder {
  private constructor(
    readonly path: string,
    private readonly owner: number,
  ) {}

  /**
   * The folder at `path`, created (0700, with any missing folder above it) when missing; undefined when it cannot be
   * created or is not private to `owner` (the current user; another only in tests).
   */
  static open(path: string, owner = process.getuid?.()): PrivateFolder | undefined {
    // Without user ids (Windows) ownership cannot be checked, nor links refused: no cache there.
    if (owner === undefined || constants.O_NOFOLLOW === undefined || !isAbsolute(path)) return undefined;
    try {
      if (!createMissing(path)) return undefined;
      const parent = realpathSync(dirname(path));
      const folder = join(parent, basename(path));
      const stats = lstatSync(folder);
      const privateFolder = stats.isDirectory() && stats.uid === owner && !(stats.mode & WRITABLE_BY_OTHERS);
      return privateFolder && aboveIsTrusted(parent, owner) ? new PrivateFolder(folder, owner) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The file's bytes when it is a regular file of the user's of at most `maxBytes`; else (or on any error) undefined. */
  read(name: string, maxBytes: number): Buffer | undefined {
    const path = this.file(name);
    let fd: number;
    try {
      fd = openSync(path, READ_FLAGS);
    } catch {
      return undefined;
    }
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile() || stats.uid !== this.owner || stats.size > maxBytes) return undefined;
      return readExactly(fd, stats.size);
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  /** Replaces the file whole (readers see the old bytes or the new); false when it could not. */
  write(name: string, data: Uint8Array | string): boolean {
    const target = this.file(name);
    const temporary = this.file(`.${name}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const fd = openSync(temporary, WRITE_FLAGS, 0o600);
      try {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, target);
      return true;
    } catch {
      rmSync(temporary, { force: true });
      return false;
    }
  }

  remove(name: string): void {
    rmSync(this.file(name), { force: true });
  }

  /** The regular files whose names start with `prefix`, with when each was last written. */
  entries(prefix: string): PrivateFile[] {
    try {
      return readdirSync(this.path).flatMap((name) => {
        if (!name.startsWith(prefix)) return [];
        const stats = lstatSync(this.file(name), { throwIfNoEntry: false });
        return stats?.isFile() ? [{ name, mtimeMs: stats.mtimeMs }] : [];
      });
    } catch {
      return [];
    }
  }

  private file(name: string): string {
    if (name.includes('/') || name.includes('\\') || name === '' || name === '.' || name === '..')
      throw new Error(`not a file name: ${name}`);
    return join(this.path, name);
  }
}

/**
 * Creates the folder and those missing above it one at a time, 0700 as the XDG specification asks (Node 20's
 * recursive mkdirSync spins forever where a folder cannot be made, as under /proc); false when there is no root to
 * start from.
 */
function createMissing(path: string): boolean {
  const missing: string[] = [];
  for (let folder = path; !lstatSync(folder, { throwIfNoEntry: false }); folder = dirname(folder)) {
    if (dirname(folder) === folder) return false;
    missing.unshift(folder);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      // Made meanwhile by another run: it is checked like any other.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return true;
}

/**
 * Whether no one but the user and root can rename or replace anything in `folder` or above it (links resolved): each
 * folder is theirs and writable by no one else, or sticky (as /tmp is: others may add entries there, not move ours).
 */
function aboveIsTrusted(folder: string, owner: number): boolean {
  for (let above = folder; ; above = dirname(above)) {
    const { uid, mode } = statSync(above);
    if ((uid !== owner && uid !== 0) || (mode & WRITABLE_BY_OTHERS && !(mode & STICKY))) return false;
    if (dirname(above) === above) return true;
  }
}

/** `size` bytes from the start of the file; undefined when it holds fewer (cut meanwhile). */
function readExactly(fd: number, size: number): Buffer | undefined {
  const buffer = Buffer.allocUnsafe(size);
  for (let at = 0; at < size;) {
    const read = readSync(fd, buffer, at, size - at, at);
    if (read === 0) return undefined;
    at += read;
  }
  return buffer;
}
