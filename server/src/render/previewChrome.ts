// The page around the post content in the preview (the chrome): the layouts rendered around a slot, cut there,
// sanitized like a post, with the stylesheets the layouts link: the site's own files (Sass compiled here, its `url()`s
// pointed at the site's files), and remote ones with their integrity when the preview may load them.
import * as l10n from '@vscode/l10n';
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from './markdown/visit';
import type { PreviewChrome, PreviewStyle } from '../protocol/render';
import type { UrlResolver } from './cssUrls';
import { removePreviewMarks, resolveImages } from './markdown/hastSteps';
import { sanitizeLikeJekyll } from './markdown/sanitize';
import type { Resources } from './previewResources';
import { firstLineOf, renderLayouts, type PreparedPost, type Theme } from './renderPost';
import { siteStylesheet, type SassStylesheet } from './site/styles';

/** A stylesheet of the page as the post's render knows it: one the site builds from Sass is only named. */
export type ChromeStyle = PreviewStyle | { sass: SassStylesheet };

export interface RenderedChrome {
  chrome: PreviewChrome;
  styles: ChromeStyle[];
  theme: Theme;
  notes: string[];
}

export async function renderChrome(
  prepared: PreparedPost,
  resources: Resources,
  remoteContent: boolean,
): Promise<RenderedChrome> {
  const notes: string[] = [];
  const prepare = { ...prepared, notes };
  // Where the content goes: a word no post can know in advance, so none can cut the page elsewhere.
  const slot = `paper-digest-content-${crypto.randomUUID()}`;
  let page = await renderLayouts(prepare, slot);
  let parts = pageParts(page.html, slot, resources.image);
  if (parts.body.length !== 2) {
    notes.push(
      l10n.t("The site's layout changes the post content on its way into the page; the built-in theme is shown."),
    );
    page = await renderLayouts(prepare, slot, false);
    parts = pageParts(page.html, slot, resources.image);
  }
  const layoutsOwn = await layoutsOwnHead(prepare, slot, page.theme === 'site');
  const styles = await previewStyles(parts.head, layoutsOwn, prepare, resources, remoteContent);
  const [before, after = ''] = parts.body;
  return { chrome: { before, after, bodyClass: parts.bodyClass }, styles, theme: page.theme, notes };
}

interface PageParts {
  head: Element | undefined;
  /** The sanitized body HTML cut at the slot (two parts when the slot is there once). */
  body: string[];
  bodyClass: string;
}

const htmlParser = unified().use(rehypeRaw);
const htmlWriter = unified().use(rehypeStringify);

function pageParts(html: string, slot: string, resolveImage: UrlResolver): PageParts {
  const { head, body } = parsedPage(html);
  const clean = sanitizeLikeJekyll({ type: 'root', children: body?.children ?? [] });
  removePreviewMarks(clean);
  resolveImages(clean, resolveImage);
  const className = body?.properties.className;
  return {
    head,
    body: htmlWriter.stringify(clean).split(slot),
    bodyClass: Array.isArray(className) ? className.join(' ') : '',
  };
}

function parsedPage(html: string): { head?: Element; body?: Element } {
  const document = htmlParser.runSync({ type: 'root', children: [{ type: 'doctype' }, { type: 'raw', value: html }] });
  const root = document.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  const child = (name: string) =>
    root?.children.find((node): node is Element => node.type === 'element' && node.tagName === name);
  return { head: child('head'), body: child('body') };
}

/**
 * The stylesheets of the head as the layouts write them whatever the post says: the head rendered again with every
 * text of the front matter replaced by a plain word. A `<style>` or a link the post's own text put in the head (a
 * title that closes `<title>`) is not among them.
 */
async function layoutsOwnHead(prepared: PreparedPost, slot: string, useSite: boolean): Promise<Set<string>> {
  const page = plainTexts(prepared.context.page) as Record<string, unknown>;
  const plain = { ...prepared, context: { ...prepared.context, page }, notes: [] };
  const { head } = parsedPage((await renderLayouts(plain, slot, useSite)).html);
  const own = new Set<string>();
  for (const node of stylesheetsOf(head)) own.add(identity(node));
  return own;
}

function plainTexts(value: unknown): unknown {
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return value.map(plainTexts);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainTexts(inner)]));
  return value;
}

function stylesheetsOf(head: Element | undefined): Element[] {
  const found: Element[] = [];
  visit(head ?? ({ type: 'root', children: [] } as Root), 'element', (node: Element) => {
    if (node.tagName === 'style' || isStylesheetLink(node)) found.push(node);
  });
  return found;
}

function identity(node: Element): string {
  return node.tagName === 'style' ? `style:${textOf(node)}` : `link:${String(node.properties.href)}`;
}

async function previewStyles(
  head: Element | undefined,
  layoutsOwn: Set<string>,
  prepared: PreparedPost,
  resources: Resources,
  remoteContent: boolean,
): Promise<ChromeStyle[]> {
  const own = stylesheetsOf(head).filter((node) => layoutsOwn.has(identity(node)));
  const found = await Promise.all(
    own.map((node) =>
      node.tagName === 'style' ? { css: textOf(node) } : linkedStyle(node, prepared, resources, remoteContent),
    ),
  );
  return found.filter((style) => style !== undefined);
}

async function linkedStyle(
  link: Element,
  prepared: PreparedPost,
  resources: Resources,
  remoteContent: boolean,
): Promise<ChromeStyle | undefined> {
  const href = String(link.properties.href);
  if (/^(?:https:)?\/\//i.test(href)) return remoteContent ? remoteStyle(link, href) : undefined;
  if (!prepared.site) return undefined;
  try {
    const sheet = await siteStylesheet(href, prepared.site);
    if (!sheet || 'sass' in sheet) return sheet;
    const uri = resources.uriOf(sheet.file);
    return uri ? { href: uri } : undefined;
  } catch (error) {
    prepared.notes.push(l10n.t('The stylesheet {0} could not be read ({1}).', href, firstLineOf(error)));
    return undefined;
  }
}

function remoteStyle(link: Element, href: string): PreviewStyle {
  const { integrity, crossOrigin } = link.properties;
  return {
    href: href.startsWith('//') ? `https:${href}` : href,
    ...(typeof integrity === 'string' && { integrity }),
    ...(typeof crossOrigin === 'string' && { crossOrigin }),
  };
}

function isStylesheetLink(node: Element): boolean {
  const rel = node.properties.rel;
  return (
    node.tagName === 'link' &&
    Array.isArray(rel) &&
    rel.includes('stylesheet') &&
    typeof node.properties.href === 'string' &&
    node.properties.media !== 'none'
  );
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
