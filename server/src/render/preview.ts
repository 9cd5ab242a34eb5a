// The preview's render: the post content in blocks with `data-line` on their elements, and the page around it (the
// chrome) cut at the content, sanitized, with the stylesheets the page links to. The chrome only changes with the
// front matter or the site's files, so it is rendered once per change; as you type, only the blocks that changed are
// rendered and sent.
import * as l10n from '@vscode/l10n';
import { createHash, randomUUID } from 'node:crypto';
import { dirname, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { renderBlocks } from './contentBlocks';
import { resolveImages, type ImageResolver } from './markdown/hastSteps';
import { sanitizeLikeJekyll } from './markdown/sanitize';
import type { ContentBlock, PreviewChrome, PreviewStyle, RenderResult, ResourceRoot, ShownPreview } from '../protocol/render';
import { firstLineOf, preparePost, renderContent, renderLayouts, type PostSource, type PreparedPost, type Theme } from './renderPost';
import { fileFromFolder, fileUnderRoot, isRemote } from './site/paths';
import { siteStylesheet } from './site/styles';

export interface PreviewOptions {
  resourceRoots: ResourceRoot[];
  /** What the preview shows already. */
  shown?: ShownPreview;
}

/** Beyond this many characters (a dozen times the longest real digest) a post rendered whole, or one paper of it, shows
 * its start only: remark's parse time grows faster than the text, and the preview must keep up with typing. */
export const PREVIEW_LIMIT = 200_000;
const CHROME_CACHE_SIZE = 8;
const chromes = new Map<string, { chrome: PreviewChrome; theme: Theme; notes: string[] }>();

export async function renderPreview(source: PostSource, options: PreviewOptions): Promise<Omit<RenderResult, 'version'>> {
  const prepared = preparePost(source);
  const resources = new Resources(options.resourceRoots, prepared, source.filePath);
  const blocks = await contentBlocks(prepared, source, resources);
  const chromeKey = chromeKeyOf(prepared, source, options.resourceRoots);
  let cached = chromes.get(chromeKey);
  if (!cached) {
    cached = await renderChrome(prepared, resources);
    chromes.set(chromeKey, cached);
    if (chromes.size > CHROME_CACHE_SIZE) chromes.delete(chromes.keys().next().value!);
  }
  const held = new Set(options.shown?.blockKeys);
  return {
    title: prepared.post.title,
    blocks: blocks.map((block) => (held.has(block.key) ? { key: block.key, line: block.line } : block)),
    chromeKey,
    chrome: options.shown?.chromeKey === chromeKey ? undefined : cached.chrome,
    theme: cached.theme,
    notes: [...cached.notes, ...prepared.notes],
  };
}

/** The post content in blocks, or as one block when its parts cannot be rendered apart. */
async function contentBlocks(prepared: PreparedPost, source: PostSource, resources: Resources): Promise<ContentBlock[]> {
  const { body, bodyLine } = prepared.post;
  const blocks = renderBlocks(source.filePath ?? '', {
    text: source.text,
    bodyStart: source.text.length - body.length,
    bodyLine,
    maxBlockLength: PREVIEW_LIMIT,
    markdown: { kramdown: prepared.settings, resolveImage: resources.image },
    context: JSON.stringify([prepared.settings, resources.key]),
  });
  if (blocks) return blocks;
  const html = await renderContent(withinPreviewLimit(prepared), { firstLine: 0, resolveImage: resources.image });
  return [{ key: createHash('sha1').update(html).digest('hex').slice(0, 20), line: bodyLine, html }];
}

function withinPreviewLimit(prepared: PreparedPost): PreparedPost {
  const { body } = prepared.post;
  if (body.length <= PREVIEW_LIMIT) return prepared;
  const cut = body.lastIndexOf('\n', PREVIEW_LIMIT) + 1 || PREVIEW_LIMIT;
  prepared.notes.push(l10n.t('The post is {0} kB long; the preview shows its first {1} kB.', Math.round(body.length / 1000), Math.round(cut / 1000)));
  return { ...prepared, post: { ...prepared.post, body: body.slice(0, cut) } };
}

function chromeKeyOf(prepared: PreparedPost, source: PostSource, roots: ResourceRoot[]): string {
  const inputs = [source.filePath, source.allowSite, prepared.site?.signature, prepared.post.frontMatter, roots];
  return createHash('sha1').update(JSON.stringify(inputs)).digest('hex');
}

async function renderChrome(prepared: PreparedPost, resources: Resources): Promise<{ chrome: PreviewChrome; theme: Theme; notes: string[] }> {
  const notes: string[] = [];
  const prepare = { ...prepared, notes };
  // Where the content goes: a word no post can know in advance, so none can cut the page elsewhere.
  const slot = `paper-digest-content-${randomUUID()}`;
  let page = await renderLayouts(prepare, slot);
  let parts = pageParts(page.html, slot, resources.image);
  if (parts.body.length !== 2) {
    notes.push(l10n.t("The site's layout changes the post content on its way into the page; the built-in theme is shown."));
    page = await renderLayouts(prepare, slot, false);
    parts = pageParts(page.html, slot, resources.image);
  }
  const styles = await previewStyles(parts.head, prepare, resources);
  const [before, after = ''] = parts.body;
  return { chrome: { before, after, bodyClass: parts.bodyClass, styles }, theme: page.theme, notes };
}

interface PageParts {
  head: Element | undefined;
  /** The sanitized body HTML cut at the content marker (two parts when the marker is there once). */
  body: string[];
  bodyClass: string;
}

const htmlParser = unified().use(rehypeRaw);
const htmlWriter = unified().use(rehypeStringify);

function pageParts(html: string, slot: string, resolveImage: ImageResolver): PageParts {
  const document = htmlParser.runSync({ type: 'root', children: [{ type: 'doctype' }, { type: 'raw', value: html }] });
  const root = document.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  const child = (name: string) => root?.children.find((node): node is Element => node.type === 'element' && node.tagName === name);
  const body = child('body');
  const clean = sanitizeLikeJekyll({ type: 'root', children: body?.children ?? [] });
  resolveImages(clean, resolveImage);
  const className = body?.properties.className;
  return {
    head: child('head'),
    body: htmlWriter.stringify(clean).split(slot),
    bodyClass: Array.isArray(className) ? className.join(' ') : '',
  };
}

/** The page's `<style>`s and its stylesheet links to the site's own files; remote ones are left out (no network). */
async function previewStyles(head: Element | undefined, prepared: PreparedPost, resources: Resources): Promise<PreviewStyle[]> {
  const found: Array<Promise<PreviewStyle | undefined>> = [];
  visit(head ?? ({ type: 'root', children: [] } as Root), 'element', (node: Element) => {
    if (node.tagName === 'style') found.push(Promise.resolve({ css: textOf(node) }));
    else if (isStylesheetLink(node)) found.push(linkedStyle(String(node.properties.href), prepared, resources));
  });
  return (await Promise.all(found)).filter((style): style is PreviewStyle => style !== undefined);
}

async function linkedStyle(href: string, prepared: PreparedPost, resources: Resources): Promise<PreviewStyle | undefined> {
  if (!prepared.site) return undefined;
  try {
    const sheet = await siteStylesheet(href, prepared.site, prepared.liquid, prepared.context);
    if (!sheet) return undefined;
    if ('css' in sheet) return sheet;
    const uri = resources.uriOf(sheet.file);
    return uri ? { href: uri } : undefined;
  } catch (error) {
    prepared.notes.push(l10n.t('The stylesheet {0} could not be built ({1}).', href, firstLineOf(error)));
    return undefined;
  }
}

function isStylesheetLink(node: Element): boolean {
  const rel = node.properties.rel;
  return node.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet') && typeof node.properties.href === 'string' && node.properties.media !== 'none';
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** Where the webview loads local files from: only inside the workspace folders. */
class Resources {
  constructor(
    private readonly roots: ResourceRoot[],
    private readonly prepared: PreparedPost,
    private readonly filePath: string | undefined,
  ) {}

  /** Whatever decides where a link resolves to. */
  get key(): string {
    return JSON.stringify([this.roots, this.filePath && dirname(this.filePath), this.prepared.site?.root, this.prepared.site?.config.baseurl]);
  }

  uriOf(file: string): string | undefined {
    const root = this.roots.find((candidate) => file.startsWith(candidate.path + sep));
    if (!root) return undefined;
    const path = relative(root.path, file).split(sep).map(encodeURIComponent).join('/');
    return `${root.webviewUri.replace(/\/$/, '')}/${path}`;
  }

  /** Images: https as they are, local files through the webview, nothing else. */
  readonly image: ImageResolver = (src) => {
    if (/^https:/i.test(src)) return src;
    if (src.startsWith('//')) return `https:${src}`;
    if (isRemote(src) || !this.filePath) return undefined;
    const file = src.startsWith('/') ? this.rootRelative(src) : this.besidePost(src);
    return file ? this.uriOf(file) : undefined;
  };

  private rootRelative(src: string): string | undefined {
    const site = this.prepared.site;
    if (site) return fileUnderRoot(src, site.root, typeof site.config.baseurl === 'string' ? site.config.baseurl : '');
    const folder = this.roots.find((root) => this.filePath!.startsWith(root.path + sep));
    return folder ? fileUnderRoot(src, folder.path) : undefined;
  }

  private besidePost(src: string): string | undefined {
    const folder = this.roots.find((root) => this.filePath!.startsWith(root.path + sep));
    return folder ? fileFromFolder(src, dirname(this.filePath!), folder.path) : undefined;
  }
}
