// The site's own stylesheets for the preview: a `<link>` to a CSS file in the site is that file; one to a CSS file
// Jekyll builds from Sass (`assets/css/main.scss`) is the site's work, not the post's: the post's render only names it
// (a `SassStylesheet`), and the site's job builds it (./sassBuild.ts) once for every post.
import { asRecord } from '../../core/jekyll/siteFacts';
import type { JekyllSite } from './site';
import { fileUnderRoot, realFileInside } from './paths';

/** A stylesheet Jekyll builds from the Sass file `source` and writes at `cssFile`. */
export interface SassStylesheet {
  source: string;
  cssFile: string;
}

export type SiteStylesheet = { file: string } | { sass: SassStylesheet };

/** What a stylesheet link of the page stands for in the site; undefined for remote or missing ones. */
export async function siteStylesheet(href: string, site: JekyllSite): Promise<SiteStylesheet | undefined> {
  const baseurl = asRecord(site.config).baseurl;
  const path = fileUnderRoot(href, site.root, typeof baseurl === 'string' ? baseurl : '');
  if (!path) return undefined;
  if (await realFileInside(site.files, site.root, path)) return { file: path };
  const candidates = ['.scss', '.sass']
    .map((ext) => path.replace(/\.css$/, ext))
    .filter((candidate) => candidate !== path);
  const found = await Promise.all(candidates.map((candidate) => realFileInside(site.files, site.root, candidate)));
  const source = found.find((candidate) => candidate !== undefined);
  return source === undefined ? undefined : { sass: { source, cssFile: path } };
}
