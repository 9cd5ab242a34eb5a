// The folder `render --out` writes pages into, as Jekyll writes `_site`. The folder may hold anything already (a
// restored CI cache, a shared machine): a symbolic link in it is never followed, so that no page lands outside it, and
// no file is written through (a hard link's other names keep their text). Two posts with one permalink are an error.
import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export class OutputFolder {
  readonly root: string;
  /** Each page written in this run, by its file, and the post it is of. */
  private readonly pages = new Map<string, string>();

  /** `folder` itself is the user's to name: it is made if missing (with its parents), and may be a link. */
  constructor(folder: string) {
    this.root = resolve(folder);
    makeFolder(this.root);
  }

  /**
   * Writes the page of `post` at its permalink `url`; a message saying why it did not instead: the permalink leads out
   * of the folder, another post of the run has it, or a link or a file stands where a folder of its path should be.
   */
  write(post: string, url: string, html: string): string | undefined {
    const file = resolve(this.root, `.${url.endsWith('/') ? `${url}index.html` : url}`);
    if (!file.startsWith(this.root + sep))
      return l10n.t('{0}: its permalink {1} leads out of the output folder; not written.', post, url);
    const other = this.pages.get(file);
    if (other !== undefined)
      return l10n.t(
        '{0}: its permalink {1} is also that of {2}; not written (Jekyll writes only one of them).',
        post,
        url,
        other,
      );
    try {
      const blocked = this.makeFoldersTo(file);
      if (blocked !== undefined)
        return l10n.t('{0}: {1} in the output folder is not a folder (a link, or a file); not written.', post, blocked);
      replaceWith(file, html);
    } catch (error) {
      return l10n.t('{0} could not be written: {1}', post, (error as NodeJS.ErrnoException).code ?? String(error));
    }
    this.pages.set(file, post);
    return undefined;
  }

  /** Makes the folders between the root and `file`, one at a time; the first path that is no real folder, if any. */
  private makeFoldersTo(file: string): string | undefined {
    let folder = this.root;
    for (const name of relative(this.root, dirname(file)).split(sep).filter(Boolean)) {
      folder = join(folder, name);
      try {
        mkdirSync(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if (!lstatSync(folder).isDirectory()) return relative(this.root, folder);
    }
    return undefined;
  }
}

/**
 * Makes a folder and its missing parents one at a time (Node 20's recursive mkdir loops forever under `/proc`, where
 * a folder cannot be made).
 */
function makeFolder(folder: string): void {
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return;
  const parent = dirname(folder);
  if (parent !== folder) makeFolder(parent);
  mkdirSync(folder);
}

/** Writes a new file beside the page and renames it over whatever entry has the page's name (never written through). */
function replaceWith(file: string, text: string): void {
  const temporary = join(
    dirname(file),
    `.${basename(file)}.paper-digest-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    const fd = openSync(temporary, 'wx');
    try {
      const bytes = Buffer.from(text, 'utf8');
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
