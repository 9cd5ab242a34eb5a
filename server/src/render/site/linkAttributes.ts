// jekyll-link-attributes, as the site's `plugins:` names it: after a page is rendered, every http(s) link that does not
// start with the site's `url` (nor matches `external_links.exclude`) gets `rel` and `target` (al-folio: `external
// nofollow noopener`, `_blank`). The plugin parses the page with Nokogiri and writes it out again; here the page is
// parsed (as a browser would, so a `<a` in a script is no link) and only those start tags are edited in place.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { applyEdits } from '../../core/edits';
import type { SpanEdit } from '../../core/rules/rule';
import { asRecord } from './site';

const PLUGIN = 'jekyll-link-attributes';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export function withExternalLinkAttributes(html: string, config: Record<string, unknown>): string {
  const options = asRecord(config.external_links);
  if (!(Array.isArray(config.plugins) && config.plugins.includes(PLUGIN)) || options.enabled === false) return html;
  const siteUrl = typeof config.url === 'string' && config.url ? config.url : undefined;
  const excluded = (Array.isArray(options.exclude) ? options.exclude : []).flatMap((pattern) => {
    try {
      return [new RegExp(`^${String(pattern)}$`)];
    } catch {
      return [];
    }
  });
  const attributes = {
    rel: String(options.rel ?? 'external nofollow noopener'),
    target: String(options.target ?? '_blank'),
  };
  const edits: SpanEdit[] = [];
  for (const link of elementsNamed(parse(html, { sourceCodeLocationInfo: true }), 'a')) {
    const href = link.attrs.find((attribute) => attribute.name === 'href')?.value;
    if (href === undefined || !/^https?:\/\//.test(href)) continue;
    if ((siteUrl && href.startsWith(siteUrl)) || excluded.some((pattern) => pattern.test(href))) continue;
    edits.push(...attributeEdits(link, html, attributes));
  }
  return applyEdits(html, edits);
}

/** Each attribute set on the link's start tag: written over where the tag has it, the others added before its `>`. */
function attributeEdits(link: Element, html: string, attributes: Record<string, string>): SpanEdit[] {
  const location = link.sourceCodeLocation;
  const tag = location?.startTag;
  if (!tag) return [];
  const edits: SpanEdit[] = [];
  let added = '';
  for (const [name, value] of Object.entries(attributes)) {
    const written = `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    const existing = location.attrs?.[name];
    if (existing) edits.push({ span: { start: existing.startOffset, end: existing.endOffset }, newText: written });
    else added += ` ${written}`;
  }
  const end = tag.endOffset - (html.slice(tag.startOffset, tag.endOffset).endsWith('/>') ? 2 : 1);
  if (added) edits.push({ span: { start: end, end }, newText: added });
  return edits;
}

function elementsNamed(root: ParentNode, name: string): Element[] {
  const found: Element[] = [];
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node && node.tagName === name) found.push(node);
    const children =
      node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
    for (const child of children) if ('childNodes' in child) stack.push(child);
  }
  return found;
}
