import { extname, join, resolve, sep } from 'node:path';
import type { FileSystem } from '../../core/fileSystem';

/** The file a root-relative link (`/assets/x.png`, after the site's `baseurl`) names under `root`, never outside it. */
export function fileUnderRoot(href: string, root: string, baseurl = ''): string | undefined {
  if (isRemote(href)) return undefined;
  const base = baseurl.replace(/\/+$/, '');
  let path = href.replace(/[?#].*$/, '');
  if (base && path.startsWith(`${base}/`)) path = path.slice(base.length);
  return inside(root, resolve(root, `.${safeDecode(path.startsWith('/') ? path : `/${path}`)}`));
}

/** The file a relative link names from `dir`, if it stays under `root`. */
export function fileFromFolder(href: string, dir: string, root: string): string | undefined {
  if (isRemote(href)) return undefined;
  return inside(root, resolve(dir, safeDecode(href.replace(/[?#].*$/, ''))));
}

/**
 * `file` when it is a file really inside `root`: symbolic links are followed, and one that leads out of the root (or
 * nowhere) counts as no file, so a site cannot make the preview read what lies outside it.
 */
export async function realFileInside(files: FileSystem, root: string, file: string): Promise<string | undefined> {
  const [real, realRoot] = await Promise.all([files.realPath(file), files.realPath(root)]);
  if (!real || !realRoot || !real.startsWith(realRoot + sep)) return undefined;
  return (await files.stat(real))?.kind === 'file' ? file : undefined;
}

export function isRemote(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);
}

function inside(root: string, file: string): string | undefined {
  return file.startsWith(resolve(root) + sep) ? file : undefined;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export const POST_EXTENSIONS = new Set(['.md', '.markdown']);

/** Whether `path` is a post of the site at `root` (a change to posts alone keeps the rest of the site). */
export function isPostFile(root: string, path: string): boolean {
  return path.startsWith(join(root, '_posts') + sep) && POST_EXTENSIONS.has(extname(path));
}
