// A post rendered the way Jekyll builds it: Liquid on the body, kramdown, then the layout chain. Without a usable
// site (none, untrusted, a missing layout, a layout that fails) the page falls back to the built-in theme.
import * as l10n from '@vscode/l10n';
import { basename } from 'node:path';
import type { FileSystem } from '../core/fileSystem';
import { escapeText } from './markdown/hastSteps';
import { markdownToHtml, type KramdownOptions, type MarkdownOptions } from './markdown/pipeline';
import { readPost, type Post } from './post';
import { JEKYLL_KRAMDOWN, kramdownSettings } from './site/kramdownSettings';
import { JekyllLiquid } from './site/jekyllLiquid';
import { layoutChain, type Layout } from './site/layouts';
import { postUrl } from './site/permalink';
import { findSiteRoot } from '../core/jekyll/siteFacts';
import { keptSite, loadSite, SITE_LAYOUTS, type JekyllSite } from './site/site';
import { BUILTIN_CSS, BUILTIN_LAYOUT } from './theme/builtinTheme';

export interface PostSource {
  text: string;
  /** The post's file; without it (an unsaved post) there is no site to find. */
  filePath?: string;
  /** Whether the workspace's Jekyll site may be used: false in untrusted workspaces. */
  allowSite: boolean;
  /** What the site is read with; without it there is no site. */
  files?: FileSystem;
  /**
   * The site as this worker keeps it (adopted from the preview's site job, see adoptSite), when the caller knows it;
   * without it the site is found above the post and read here.
   */
  site?: SiteRef;
}

/** A site kept by the renderer, by its root and the signature of the reading kept. */
export interface SiteRef {
  root: string;
  signature: string;
}

export type Theme = 'site' | 'builtin';

/** Everything a render of one post needs, read once. */
export interface PreparedPost {
  post: Post;
  site?: JekyllSite;
  settings: KramdownOptions;
  liquid: JekyllLiquid;
  context: {
    site: Record<string, unknown>;
    page: Record<string, unknown>;
    highlighter_prefix: string;
    highlighter_suffix: string;
  };
  /** What the render could not do as Jekyll would, for the preview to say. */
  notes: string[];
}

/** `forPreview`: the page is for the preview, not published (see LiquidSetup.assetDigests). */
export async function preparePost(source: PostSource, forPreview = false): Promise<PreparedPost> {
  const site = await siteOf(source);
  const config = site?.config ?? {};
  const post = readPost(
    source.text,
    source.filePath ? basename(source.filePath) : undefined,
    stringOr(config.timezone, undefined),
  );
  const settings = site ? kramdownSettings(config) : JEKYLL_KRAMDOWN;
  const url = postUrl(post, config.permalink);
  const page = {
    ...post.frontMatter,
    title: post.title,
    date: post.date,
    tags: post.tags,
    categories: post.categories,
    slug: post.slug,
    url,
    id: url.replace(/\.html$/, ''),
    path: source.filePath ? `_posts/${basename(source.filePath)}` : undefined,
    collection: 'posts',
  };
  return {
    post,
    site,
    settings,
    liquid: liquidFor(site, settings, forPreview),
    // What Jekyll's markdown converter puts around a `{% highlight %}` block, in the post and its layouts alike.
    context: { site: siteVariables(site, page.path), page, highlighter_prefix: '\n', highlighter_suffix: '\n' },
    notes: [],
  };
}

async function siteOf({ allowSite, files, filePath, site }: PostSource): Promise<JekyllSite | undefined> {
  if (!allowSite || !files || !filePath) return undefined;
  if (site) return keptSite(site.root, site.signature);
  const root = await findSiteRoot(files, filePath, SITE_LAYOUTS);
  return root === undefined ? undefined : loadSite(files, root);
}

/** The Liquid engine of a site and its `site.*`: what the site's own pages (its Sass entry) are rendered with. */
export function preparedSite(site: JekyllSite): { liquid: JekyllLiquid; siteVariables: Record<string, unknown> } {
  const liquid = liquidFor(site, kramdownSettings(site.config), true);
  return { liquid, siteVariables: siteVariables(site, undefined) };
}

/** The post content HTML: what Jekyll hands the layout as `content`. */
export async function renderContent(
  prepared: PreparedPost,
  preview: Pick<MarkdownOptions, 'firstLine' | 'resolveImage'> = {},
): Promise<string> {
  const { post, settings, liquid, context } = prepared;
  let markdown = post.body;
  if (/\{[{%]/.test(markdown)) {
    try {
      markdown = await liquid.render(markdown, context);
    } catch (error) {
      prepared.notes.push(
        l10n.t(
          'Liquid in the post could not be rendered ({0}); it is shown as written.',
          withFileLine(firstLineOf(error), post.bodyLine),
        ),
      );
    }
  }
  try {
    return markdownToHtml(markdown, { kramdown: settings, ...preview });
  } catch (error) {
    prepared.notes.push(
      l10n.t('The post could not be rendered as markdown ({0}); it is shown as plain text.', firstLineOf(error)),
    );
    return `<pre>${escapeText(markdown)}</pre>`;
  }
}

/** The whole page around `content`: the site's layouts when they render, the built-in theme otherwise. */
export async function renderLayouts(
  prepared: PreparedPost,
  content: string,
  useSite = true,
): Promise<{ html: string; theme: Theme }> {
  const { post } = prepared;
  const site = useSite ? prepared.site : undefined;
  const chain = site ? layoutChain(site, post.frontMatter.layout) : [];
  if (site && !chain.length)
    prepared.notes.push(
      l10n.t('The site has no layout "{0}"; the built-in theme is shown.', String(post.frontMatter.layout ?? '')),
    );
  if (chain.length) {
    try {
      return { html: await applyLayouts(prepared, chain, content), theme: 'site' };
    } catch (error) {
      prepared.notes.push(l10n.t("The site's layouts failed ({0}); the built-in theme is shown.", firstLineOf(error)));
    }
  }
  const html = await prepared.liquid.render(BUILTIN_LAYOUT, { ...prepared.context, content, builtin_css: BUILTIN_CSS });
  return { html, theme: 'builtin' };
}

async function applyLayouts(prepared: PreparedPost, chain: Layout[], content: string): Promise<string> {
  let html = content;
  for (const layout of chain) {
    html = await prepared.liquid.render(layout.template, {
      ...prepared.context,
      layout: layout.frontMatter,
      content: html,
      page: { ...prepared.context.page, content: html },
    });
  }
  return html;
}

const engines = new Map<string, { signature: string; liquid: JekyllLiquid }>();

function liquidFor(site: JekyllSite | undefined, settings: KramdownOptions, forPreview: boolean): JekyllLiquid {
  const key = `${site?.root ?? ''}\0${forPreview}`;
  const signature = site?.signature ?? '';
  const cached = engines.get(key);
  if (cached?.signature === signature) return cached.liquid;
  const liquid = new JekyllLiquid({
    site,
    baseurl: stringOr(site?.config.baseurl, ''),
    url: stringOr(site?.config.url, ''),
    markdownify: (markdown) => markdownToHtml(markdown, { kramdown: settings }),
    assetDigests: !forPreview,
    timeZone: stringOr(site?.config.timezone, undefined),
  });
  engines.set(key, { signature, liquid });
  return liquid;
}

/** Jekyll's related posts without `lsi`: the ten most recent posts other than this one. */
const RELATED_POSTS = 10;

/** `site.*`: the config, data, pages and posts as they are on disk (the post itself included, as last saved). */
function siteVariables(site: JekyllSite | undefined, postPath: string | undefined): Record<string, unknown> {
  const config = site?.config ?? {};
  const posts = site?.posts ?? [];
  return {
    ...config,
    baseurl: stringOr(config.baseurl, ''),
    url: stringOr(config.url, ''),
    time: new Date(),
    data: site?.data ?? {},
    posts,
    pages: site?.pages ?? [],
    documents: [],
    static_files: [],
    related_posts: posts.filter((other) => other.path !== postPath).slice(0, RELATED_POSTS),
    tags: {},
    categories: {},
  };
}

function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback;
}

/** The first line of an error's message, for a note. */
export function firstLineOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** liquidjs's `, line:N, col:M` (counted in the body) as the line of the file the editor shows. */
function withFileLine(message: string, bodyLine: number): string {
  return message.replace(/, line:(\d+), col:\d+$/, (_, line: string) =>
    l10n.t(', line {0}', String(bodyLine + Number(line))),
  );
}
