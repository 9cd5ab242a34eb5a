// The page as the site publishes it (what the CLI's `render` writes): no preview, so none of its stylesheets, Sass or
// content blocks, which the CLI's render worker then does not load.
import { preparePost, renderContent, renderLayouts, type PostSource } from './renderPost';
import { withExternalLinkAttributes } from './site/linkAttributes';

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
