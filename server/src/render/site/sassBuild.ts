// The site's stylesheets that Jekyll builds from Sass, built for the preview as the site's work (the preview's site job,
// under its own deadline and memory, once for every post), and kept between sessions in the editor's storage as a
// `StoredStylesheet`, the way Jekyll keeps `.jekyll-cache`: a second session reads the CSS back once it has checked
// that nothing it was made from changed, and compiles no Sass.
import { dirname, extname, join, relative, sep } from 'node:path';
import type { DarkMode, ResourceRoot } from '../../protocol/render';
import { darkModeOf, resolveStylesheetUrls } from '../cssUrls';
import { sha1Hex } from '../digests';
import { splitFrontMatter } from '../post';
import { Resources } from '../previewResources';
import { preparedSite } from '../renderPost';
import { realFileInside } from './paths';
import { SassFiles, sassUrl } from './sassImporter';
import { asRecord } from '../../core/jekyll/siteFacts';
import type { JekyllSite } from './site';
import type { SassStylesheet } from './styles';
import { readText } from '../../core/fileSystem';

export interface BuiltStylesheet {
  css: string;
  darkMode?: DarkMode;
  /** Names the CSS: the same key, the same text. */
  key: string;
}

/**
 * What is kept between sessions: the CSS as compiled, what it was made from, and the CSS for the preview as last
 * built (its URLs pointed at the preview's, which stay the same from one session to the next).
 */
interface StoredStylesheet {
  format: number;
  compiler: string;
  source: string;
  /** The digest of everything the CSS was made from (see `inputsDigest`). */
  inputs: string;
  /** The Sass files the compile loaded. */
  files: string[];
  css: string;
  /** The built stylesheet for the preview's resource roots (as JSON). */
  preview: { roots: string; built: BuiltStylesheet };
}

/** Bumped when what is stored, or how the CSS is compiled, changes. */
const FORMAT = 2;
/** Bounds the Sass a site may make the preview read: al-folio's is 1.6 MB. */
const SASS_BYTES = 32 * 1024 * 1024;
/** Rounds of reading the folders a compile looked in beyond the load paths (`@import "../elsewhere/x"`). */
const MAX_FOLDER_ROUNDS = 4;

/**
 * Sass, from its own bundle (see sassCompiler.ts): required (the renderer is CommonJS on the desktop, and in the web
 * worker its `require` loads the bundle with importScripts), not imported: Node's import() of a CommonJS file scans all
 * of its source first.
 */
function loadSass(): typeof import('./sassCompiler') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  return require('./sassCompiler');
}

/**
 * What a build is for: the stylesheet, where the preview loads the site's files from, and the Sass compiler the
 * server ships (its pinned version: a stylesheet kept by another is compiled again).
 */
export interface StylesheetBuild {
  sheet: SassStylesheet;
  resourceRoots: ResourceRoot[];
  compiler: string;
}

/** Compiles the stylesheet; returns it for the preview, and the text to keep for the next session. */
export async function compileStylesheet(
  site: JekyllSite,
  { sheet, resourceRoots, compiler }: StylesheetBuild,
): Promise<{ built: BuiltStylesheet; stored: string }> {
  const entry = await renderedEntry(site, sheet.source);
  const files = new SassFiles(SASS_BYTES);
  const css = await compileReading(site, sheet.source, entry, files);
  const loaded = [...files.loaded];
  const built = forPreview(site, sheet, resourceRoots, css);
  const stored: StoredStylesheet = {
    format: FORMAT,
    compiler,
    source: sheet.source,
    inputs: await inputsDigest(site, compiler, entry, loaded, (file) => files.texts.get(file)),
    files: loaded,
    css,
    preview: { roots: JSON.stringify(resourceRoots), built },
  };
  return { built, stored: JSON.stringify(stored) };
}

/**
 * Compiles `entry` (the Sass of `source`) from the files of its load paths, read first; and again with the folders
 * inside the site it looked in beyond them read too, until it looks nowhere new.
 */
async function compileReading(site: JekyllSite, source: string, entry: string, files: SassFiles): Promise<string> {
  const sass = loadSass();
  const loadPaths = [sassDir(site), dirname(source)];
  for (const dir of loadPaths) await files.read(site, dir);
  for (let round = 1; ; round++) {
    files.unread.clear();
    files.loaded.clear();
    const importer = files.importer(loadPaths);
    let compiled: { css: string } | { failure: unknown };
    try {
      compiled = sass.compileString(entry, {
        syntax: extname(source) === '.sass' ? 'indented' : 'scss',
        url: sassUrl(source),
        importer,
        importers: [importer],
        style: 'expanded',
        logger: sass.Logger.silent,
      });
    } catch (failure) {
      compiled = { failure };
    }
    const more = [...files.unread].filter((dir) => dir.startsWith(site.root + sep) && !files.covers(dir));
    if (!more.length || round === MAX_FOLDER_ROUNDS) {
      if ('failure' in compiled) throw compiled.failure;
      return compiled.css;
    }
    for (const dir of more) await files.read(site, dir);
  }
}

/**
 * The stylesheet kept by an earlier session (`text`), for the preview; `fresh` when nothing it was made from changed
 * since. Undefined when the text is no stylesheet kept for this source by this compiler (damaged, foreign, older).
 */
export async function storedStylesheet(
  site: JekyllSite,
  { sheet, resourceRoots, compiler }: StylesheetBuild,
  text: string,
): Promise<{ built: BuiltStylesheet; fresh: boolean } | undefined> {
  const stored = parseStored(text);
  if (!stored || stored.compiler !== compiler || stored.source !== sheet.source) return undefined;
  const entry = await renderedEntry(site, sheet.source);
  const readInside = async (file: string) =>
    (await realFileInside(site.files, site.root, file)) ? readText(site.files, file) : undefined;
  const texts = new Map(await Promise.all(stored.files.map(async (file) => [file, await readInside(file)] as const)));
  const inputs = await inputsDigest(site, compiler, entry, stored.files, (file) => texts.get(file));
  const built =
    stored.preview.roots === JSON.stringify(resourceRoots)
      ? stored.preview.built
      : forPreview(site, sheet, resourceRoots, stored.css);
  return { built, fresh: inputs === stored.inputs };
}

/**
 * Everything the CSS is made from: the compiler, the site's config, the entry as its Liquid renders, every Sass file
 * loaded and the names in their folders (a partial added beside one may be the file an `@import` means now).
 */
async function inputsDigest(
  site: JekyllSite,
  compiler: string,
  entry: string,
  files: string[],
  textOf: (file: string) => string | undefined,
): Promise<string> {
  const folders = [...new Set(files.map((file) => dirname(file)))].sort();
  const listings = await Promise.all(
    folders.map(async (dir) => (await site.files.readDirectory(dir)).map(([name]) => name).sort()),
  );
  const parts = [
    String(FORMAT),
    compiler,
    JSON.stringify(site.config),
    entry,
    ...files.flatMap((file) => [file, textOf(file) ?? '\0missing']),
    ...folders.flatMap((dir, index) => [dir, ...listings[index]]),
  ];
  return sha1Hex(JSON.stringify(parts));
}

/** The entry's text as Jekyll hands it to Sass: its front matter off, its Liquid rendered for the site and this page. */
async function renderedEntry(site: JekyllSite, source: string): Promise<string> {
  const { frontMatter, body } = splitFrontMatter((await readText(site.files, source)) ?? '');
  const { liquid, siteVariables } = preparedSite(site);
  const path = relative(site.root, source).split(sep).join('/');
  const page = { ...frontMatter, path, url: `/${path.replace(/\.s[ac]ss$/, '.css')}` };
  return liquid.render(body, { site: siteVariables, page });
}

/** The CSS with its `url()`s pointed at the site's files as the preview loads them. */
function forPreview(site: JekyllSite, sheet: SassStylesheet, roots: ResourceRoot[], css: string): BuiltStylesheet {
  const resolved = resolveStylesheetUrls(css, new Resources(roots, site, sheet.cssFile).stylesheetUrls(sheet.cssFile));
  return { css: resolved, darkMode: darkModeOf(resolved), key: sha1Hex(resolved) };
}

function sassDir(site: JekyllSite): string {
  const dir = asRecord(site.config.sass).sass_dir;
  return join(site.root, typeof dir === 'string' ? dir : '_sass');
}

function isBuilt(built: Partial<BuiltStylesheet> | undefined): boolean {
  const darkMode = built?.darkMode as Partial<DarkMode> | undefined;
  return (
    typeof built?.css === 'string' &&
    typeof built.key === 'string' &&
    (darkMode === undefined ||
      (typeof darkMode.attribute === 'string' &&
        typeof darkMode.dark === 'string' &&
        typeof darkMode.light === 'string'))
  );
}

function parseStored(text: string): StoredStylesheet | undefined {
  try {
    const stored = JSON.parse(text) as Partial<StoredStylesheet> | null;
    const valid =
      stored?.format === FORMAT &&
      typeof stored.compiler === 'string' &&
      typeof stored.source === 'string' &&
      typeof stored.inputs === 'string' &&
      typeof stored.css === 'string' &&
      Array.isArray(stored.files) &&
      stored.files.every((file) => typeof file === 'string') &&
      typeof stored.preview?.roots === 'string' &&
      isBuilt(stored.preview.built);
    return valid ? (stored as StoredStylesheet) : undefined;
  } catch {
    return undefined;
  }
}
