// jekyll-link-attributes, as the site's `plugins:` names it: after a page is rendered, every http(s) link that does not
// start with the site's `url` (nor matches `external_links.exclude`) gets `rel` and `target` (al-folio: `external
// nofollow noopener`, `_blank`). The plugin parses the page with Nokogiri and writes it out again; here the links' start
// tags are found as a parser's tokenizer finds them (startTags.ts: a `<a` in a script is no link) and edited in place.
import { decodeHTMLAttribute } from 'entities';
import { applyEdits } from '../../core/edits';
import type { SpanEdit } from '../../core/rules/rule';
import { asRecord } from '../../core/jekyll/siteFacts';
import { startTags, type StartTag } from './startTags';

const PLUGIN = 'jekyll-link-attributes';

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
  for (const tag of startTags(html)) {
    const written = tag.name === 'a' ? tag.attributes.get('href')?.value : undefined;
    if (written === undefined) continue;
    const href = attributeValue(written);
    if (!/^https?:\/\//.test(href)) continue;
    if ((siteUrl && href.startsWith(siteUrl)) || excluded.some((pattern) => pattern.test(href))) continue;
    edits.push(...attributeEdits(tag, attributes));
  }
  return applyEdits(html, edits);
}

/** An attribute's value as a parser gives it: line ends normalized, NULs replaced, character references decoded. */
function attributeValue(written: string): string {
  const value = written.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
}

/** Each attribute set on the link's start tag: written over where the tag has it, the others added before its `>`. */
function attributeEdits(link: StartTag, attributes: Record<string, string>): SpanEdit[] {
  const edits: SpanEdit[] = [];
  let added = '';
  for (const [name, value] of Object.entries(attributes)) {
    const written = `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    const existing = link.attributes.get(name);
    if (existing) edits.push({ span: { start: existing.start, end: existing.end }, newText: written });
    else added += ` ${written}`;
  }
  const end = link.end - (link.selfClosing ? 2 : 1);
  if (added) edits.push({ span: { start: end, end }, newText: added });
  return edits;
}
