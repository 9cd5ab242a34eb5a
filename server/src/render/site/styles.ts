// The site's own stylesheets for the preview: a `<link>` to a CSS file in the site is that file; one to a CSS file
// Jekyll builds from Sass (`assets/css/main.scss`, front matter and Liquid included) is compiled here with `sass`,
// its `url()`s pointed at the site's files (they are relative to where Jekyll writes the CSS, not to the preview).
import { dirname, extname, join } from 'node:path';
import { readText } from '../../core/fileSystem';
import type { DarkMode } from '../../protocol/render';
import { darkModeOf, resolveStylesheetUrls } from '../cssUrls';
import { splitFrontMatter } from '../post';
import type { Resources } from '../previewResources';
import type { JekyllLiquid } from './jekyllLiquid';
import { fileUnderRoot, realFileInside } from './paths';
import { asRecord, type JekyllSite } from './site';
import { siteImporter, sassUrl } from './sassImporter';

export type SiteStylesheet = { file: string } | { css: string; darkMode?: DarkMode };

/** Compiled stylesheets, by Sass source file and where its URLs point, until a style file of the site changes. */
const compiled = new Map<string, { css: string; darkMode?: DarkMode }>();
/** What a compiled stylesheet is made of: the Sass, and the config its Liquid reads. */
const STYLE_SOURCE = /\.(?:s[ac]ss|css)$|(?:^|[\\/])_config\.ya?ml$/;

/** What a stylesheet link of the page stands for in the site; undefined for remote or missing ones. */
export async function siteStylesheet(
  href: string,
  site: JekyllSite,
  liquid: JekyllLiquid,
  context: object,
  resources: Resources,
): Promise<SiteStylesheet | undefined> {
  const path = fileUnderRoot(href, site.root, typeof site.config.baseurl === 'string' ? site.config.baseurl : '');
  if (!path) return undefined;
  if (await realFileInside(site.files, site.root, path)) return { file: path };
  const candidates = ['.scss', '.sass']
    .map((ext) => path.replace(/\.css$/, ext))
    .filter((candidate) => candidate !== path);
  const found = await Promise.all(candidates.map((candidate) => realFileInside(site.files, site.root, candidate)));
  const source = found.find((candidate) => candidate !== undefined);
  if (!source) return undefined;
  const key = `${source}\0${resources.key}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const css = resolveStylesheetUrls(await compileSass(source, site, liquid, context), resources.stylesheetUrls(path));
  const sheet = { css, darkMode: darkModeOf(css) };
  compiled.set(key, sheet);
  return sheet;
}

/** Forgets the compiled stylesheets of the site at `root` when a style file or its config is among the changed `paths`. */
export function forgetStylesheets(root: string, paths: string[]): void {
  if (!paths.some((path) => path.startsWith(root) && STYLE_SOURCE.test(path))) return;
  for (const key of compiled.keys()) if (key.startsWith(root)) compiled.delete(key);
}

async function compileSass(file: string, site: JekyllSite, liquid: JekyllLiquid, context: object): Promise<string> {
  const { body } = splitFrontMatter((await readText(site.files, file)) ?? '');
  const source = await liquid.render(body, context);
  const sassDir = asRecord(site.config.sass).sass_dir;
  const importer = siteImporter(site, [
    join(site.root, typeof sassDir === 'string' ? sassDir : '_sass'),
    dirname(file),
  ]);
  // Loaded on the first stylesheet only: Sass is most of the renderer's code, and `render` (the CLI) never needs it.
  const sass = await import('sass');
  const result = await sass.compileStringAsync(source, {
    syntax: extname(file) === '.sass' ? 'indented' : 'scss',
    url: sassUrl(file),
    importer,
    importers: [importer],
    style: 'expanded',
    logger: sass.Logger.silent,
  });
  return result.css;
}
