// The renderer's public face: what the CLI and the language server call. Nothing here throws on a post's content.
import { forgetSites } from './site/site';
import { forgetStylesheets } from './site/styles';

export type { PostSource } from './renderPost';
export { renderPreview, type PreviewOptions } from './preview';
export { renderPostBody, renderPostPage, renderPublishedPage } from './publishedPage';

/**
 * Files changed on disk: the sites holding them are read again on the next render (config, data, pages, posts,
 * layouts and includes), and their Sass compiled again when a style file or the config is among them.
 */
export function invalidateSite(paths: string[]): void {
  for (const root of forgetSites(paths)) forgetStylesheets(root, paths);
}
