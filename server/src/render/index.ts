// The renderer's public face: what the CLI and the language server call. Nothing here throws on a post's content.
import { preparePost, renderContent, renderLayouts, type PostSource } from './renderPost';

import { withExternalLinkAttributes } from './site/linkAttributes';
import { forgetSites } from './site/site';
import { forgetStylesheets } from './site/styles';

export type { PostSource } from './renderPost';
export { renderPreview, type PreviewOptions } from './preview';

/**
 * Files changed on disk: the sites holding them are read again on the next render (config, data, pages, posts,
 * layouts and includes), and their Sass compiled again when a style file or the config is among them.
 */
export function invalidateSite(paths: string[]): void {
  for (const root of forgetSites(paths)) forgetStylesheets(root, paths);
}

/** The post content HTML, as Jekyll passes it to the layout (what `--body` prints). */
export async function renderPostBody(source: PostSource): Promise<string> {
  return renderContent(await preparePost(source));
}

/** The full HTML page: the site's layouts around the content, or the built-in theme. */
export async function renderPostPage(source: PostSource): Promise<string> {
  return (await renderPublishedPage(source)).html;
}

/** The full HTML page, and the URL the site publishes it at (its permalink). */
export async function renderPublishedPage(source: PostSource): Promise<{ url: string; html: string }> {
  const prepared = await preparePost(source);
  const page = await renderLayouts(prepared, await renderContent(prepared));
  const html = page.theme === 'site' ? withExternalLinkAttributes(page.html, prepared.site!.config) : page.html;
  return { url: String(prepared.context.page.url), html };
}
