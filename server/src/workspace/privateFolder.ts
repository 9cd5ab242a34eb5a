// A folder only the current user can change, for what a process keeps to run again from (V8's compiled code): V8 checks
// a code cache against its own version and the source's length, not the source's text, so a cache someone else could
// write is code someone else could run. Ownership is the guard: the folder is used only when it is the user's, writable
// by no one else, under folders no one else can rename (sticky ones aside, as /tmp). Each file is opened without
// following a link and read only when it is a regular file of the user's of bounded size; each is written under an
// exclusive name that nothing planted can be, then renamed over the old. A folder that cannot be had so is none: the
// caller goes without what it would keep.
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
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

const WRITABLE_BY_OTHERS = 0o022;
const STICKY = 0o1000;
/** A FIFO is opened without waiting for a writer; a link at the name fails the open (ELOOP). */
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
/** Made now or not at all: nothing already at the name (a link, a file) is followed or reused. */
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export class PrivateFolder {
  private constructor(
    readonly path: string,
    private readonly owner: number,
  ) {}

  /**
   * The folder at `path`, made (0700, one folder at a time: Node 20's recursive mkdir spins where a folder cannot be
   * made, as under /proc) when missing; undefined when it cannot be made or is not private to `owner`. Where there are
   * no user ids (Windows) nothing can be checked, so there is no folder.
   */
  static open(path: string, owner = process.getuid?.()): PrivateFolder | undefined {
    if (owner === undefined || constants.O_NOFOLLOW === undefined || !isAbsolute(path)) return undefined;
    try {
      makeMissing(resolve(path));
      // The folders above as they really are: a link's own folder is not the one its target is renamed in.
      const parent = realpathSync(dirname(resolve(path)));
      const folder = join(parent, basename(path));
      const stats = lstatSync(folder);
      const mine = stats.isDirectory() && stats.uid === owner && !(stats.mode & WRITABLE_BY_OTHERS);
      return mine && onlyOwnerMayRename(parent, owner) ? new PrivateFolder(folder, owner) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The file's bytes when it is a regular file of the owner's of at most `maxBytes`; else undefined. */
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
      const bytes = Buffer.allocUnsafe(stats.size);
      let at = 0;
      for (let read = 1; at < bytes.length && read > 0; at += read)
        read = readSync(fd, bytes, at, bytes.length - at, at);
      return at === bytes.length ? bytes : undefined;
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  /** Replaces the file whole (a reader sees the old bytes or the new); false when it could not. */
  write(name: string, data: Uint8Array): boolean {
    const target = this.file(name);
    const temporary = this.file(`.${name}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const fd = openSync(temporary, CREATE_FLAGS, 0o600);
      try {
        for (let at = 0; at < data.length;) at += writeSync(fd, data, at);
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

  /** The names in the folder that start with `prefix` (none when it cannot be listed). */
  names(prefix: string): string[] {
    try {
      return readdirSync(this.path).filter((name) => name.startsWith(prefix));
    } catch {
      return [];
    }
  }

  remove(name: string): void {
    rmSync(this.file(name), { force: true });
  }

  private file(name: string): string {
    if (!/^[\w.-]+$/.test(name) || name === '.' || name === '..') throw new Error(`not a file name: ${name}`);
    return join(this.path, name);
  }
}

function makeMissing(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !lstatSync(at, { throwIfNoEntry: false }); at = dirname(at)) {
    if (dirname(at) === at) throw new Error(`no folder to make ${folder} in`);
    missing.unshift(at);
  }
  for (const each of missing) {
    try {
      mkdirSync(each, { mode: 0o700 });
    } catch (error) {
      // Made meanwhile (another window's server): it is checked like any other.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Whether no one but `owner` and root can rename what is in `folder` (a real path) or in the folders above it. */
function onlyOwnerMayRename(folder: string, owner: number): boolean {
  for (let at = folder; ; at = dirname(at)) {
    const { uid, mode } = statSync(at);
    if ((uid !== owner && uid !== 0) || (mode & WRITABLE_BY_OTHERS && !(mode & STICKY))) return false;
    if (dirname(at) === at) return true;
  }
}
