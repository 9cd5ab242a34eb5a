// Sass reads the site's partials through the site's file system (the desktop's disk, or the client in a browser),
// resolving `@use` / `@import` as Sass's own file importer does: partials (`_name`), `.scss` / `.sass`, `index` files;
// relative to the importing file, then in the load paths. Only files really inside the site are read.
import { basename, dirname, extname, join } from 'node:path';
import type { Importer } from 'sass';
import { readText } from '../../core/fileSystem';
import { realFileInside } from './paths';
import type { JekyllSite } from './site';

const STYLE_EXTENSIONS = ['.sass', '.scss'];

export function siteImporter(site: Pick<JekyllSite, 'root' | 'files'>, loadPaths: string[]): Importer<'async'> {
  const find = async (base: string) => {
    for (const candidate of candidates(base))
      if (await realFileInside(site.files, site.root, candidate)) return candidate;
    return undefined;
  };
  return {
    async canonicalize(url) {
      const bases = url.startsWith('file:') ? [pathOf(new URL(url))] : loadPaths.map((dir) => join(dir, url));
      for (const base of bases) {
        const file = await find(base);
        if (file) return sassUrl(file);
      }
      return null;
    },
    async load(url) {
      const file = pathOf(url);
      const contents = await readText(site.files, file);
      return contents === undefined ? null : { contents, syntax: extname(file) === '.sass' ? 'indented' : 'scss' };
    },
  };
}

/** A file's canonical URL for Sass. */
export function sassUrl(path: string): URL {
  const url = new URL('file:///');
  url.pathname = path.replace(/\\/g, '/');
  return url;
}

function pathOf(url: URL): string {
  return decodeURIComponent(url.pathname).replace(/^\/(?=[A-Za-z]:)/, '');
}

/** The files a load of `base` may mean, in Sass's order: the file or its partial, then the folder's index. */
function candidates(base: string): string[] {
  const named = (path: string) => [path, join(dirname(path), `_${basename(path)}`)];
  if (STYLE_EXTENSIONS.includes(extname(base))) return named(base);
  const withExtension = (path: string) => STYLE_EXTENSIONS.flatMap((ext) => named(`${path}${ext}`));
  return [...withExtension(base), ...withExtension(join(base, 'index'))];
}
