// jekyll-link-attributes, as the site's `plugins:` names it: after a page is rendered, every http(s) link that does not
// start with the site's `url` (nor matches `external_links.exclude`) gets `rel` and `target` (al-folio: `external
// nofollow noopener`, `_blank`). Like the plugin (which re-serialises the page with Nokogiri), the page is parsed
// and written again.
import type { Element } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { asRecord } from './site';

const PLUGIN = 'jekyll-link-attributes';
const pageParser = unified().use(rehypeRaw);
const pageWriter = unified().use(rehypeStringify, { allowDangerousHtml: true });

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
  const tree = pageParser.runSync({ type: 'root', children: [{ type: 'doctype' }, { type: 'raw', value: html }] });
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string' || !/^https?:\/\//.test(href)) return;
    if ((siteUrl && href.startsWith(siteUrl)) || excluded.some((pattern) => pattern.test(href))) return;
    node.properties.rel = String(options.rel ?? 'external nofollow noopener').split(/\s+/);
    node.properties.target = String(options.target ?? '_blank');
  });
  return pageWriter.stringify(tree);
}
