// The renderer's public face: what the CLI and the language server call. Nothing here throws on a post's content.
import * as l10n from '@vscode/l10n';
import type { FileSystem } from '../core/fileSystem';
import type { SiteRef } from './renderPost';
import { compileStylesheet, storedStylesheet, type StylesheetBuild } from './site/sassBuild';
import { findSiteRoot } from '../core/jekyll/siteFacts';
import { adoptSite, forgetSites, keptSite, loadSite, SITE_LAYOUTS, snapshotOf, type SiteSnapshot } from './site/site';

export type { PostSource, SiteRef } from './renderPost';
export { renderPreview, type PreviewOptions, type RenderedPreview } from './preview';
export { renderPostBody, renderPostPage, renderPublishedPage } from './publishedPage';
export type { ChromeStyle } from './previewChrome';
export type { BuiltStylesheet } from './site/sassBuild';
export type { SiteSnapshot } from './site/site';
export type { SassStylesheet } from './site/styles';

/** Files changed on disk: the sites holding them are read again on the next render (config, data, pages, posts, templates). */
export function invalidateSite(paths: string[]): void {
  forgetSites(paths);
}

/** The site a post belongs to (the nearest folder above it with `_config.yml` and `_layouts`), read whole; or none. */
export async function readSite(files: FileSystem, filePath: string): Promise<SiteSnapshot | undefined> {
  const root = await findSiteRoot(files, filePath, SITE_LAYOUTS);
  return root === undefined ? undefined : snapshotOf(await loadSite(files, root));
}

/** Keeps a site read elsewhere as if read here (its templates included): the posts' renders then only render. */
export function keepSite(snapshot: SiteSnapshot, files: FileSystem): void {
  adoptSite(snapshot, files);
}

export async function keepsSite(site: SiteRef): Promise<boolean> {
  return (await keptSite(site.root, site.signature)) !== undefined;
}

/** What a site's stylesheet build needs: the site's root, and what the build is for. */
export interface StylesheetSource extends StylesheetBuild {
  root: string;
}

/** Compiles a stylesheet the site builds from Sass; returns it for the preview, and the text to keep for next time. */
export async function buildStylesheet(files: FileSystem, { root, ...build }: StylesheetSource) {
  return compileStylesheet(await loadSite(files, root), build);
}

/** The stylesheet kept by an earlier session (see storedStylesheet), when it is one for this source. */
export async function readStoredStylesheet(files: FileSystem, { root, ...build }: StylesheetSource, text: string) {
  return storedStylesheet(await loadSite(files, root), build, text);
}

/**
 * The renderer's messages in the language of the thread that loads it: as a bundle of its own (dist/render.js) it has
 * its own copy of `@vscode/l10n`, which the loader's choice of language does not reach.
 */
export function useTranslations(translations: Record<string, string>): void {
  l10n.config({ contents: translations });
}
