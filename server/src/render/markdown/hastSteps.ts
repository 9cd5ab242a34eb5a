// Steps on the HTML tree between the kramdown converter and rehype-stringify.
import type { Element, ElementContent, Parents, Root, RootContent } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { SKIP, visit } from './visit';
import { PREVIEW_MARK } from '../../protocol/preview';
import { resolveDeclarationUrls, type UrlResolver } from '../cssUrls';
import { srcsetWith } from './sanitize';

const htmlParser = unified().use(rehypeRaw);

/** Parses each raw HTML block on its own, as kramdown does, so no unclosed tag spills over the rest of the post. */
export function expandRawHtml(tree: Root): void {
  visit(tree, 'raw', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const parsed = htmlParser.runSync({ type: 'root', children: [node] }).children as ElementContent[];
    for (const child of parsed) {
      visit(child, (inner) => void delete inner.position);
      child.position = node.position;
    }
    parent.children.splice(index, 1, ...parsed);
    return [SKIP, index + parsed.length];
  });
}

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'tr',
  'hr',
  'div',
  'details',
  'figure',
  'dl',
]);

/** `data-line` (0-based line in the post file) on every block, for scroll sync and click-to-reveal in the preview. */
export function addSourceLines(tree: Root, firstLine: number): void {
  visit(tree, 'element', (node: Element) => {
    const line = node.position?.start.line;
    if (line !== undefined && BLOCKS.has(node.tagName)) node.properties.dataLine = line - 1 + firstLine;
  });
}

/** Attributes that load what they name by themselves: images, media, posters. */
const SOURCES = ['src', 'poster'];

/** Points everything the page loads (sources, `srcset` candidates, `url()`s in styles) at where the preview may load it from, or drops it. */
export function resolveImages(tree: Root, resolve: UrlResolver): void {
  visit(tree, 'element', (node: Element) => {
    const { properties } = node;
    for (const name of SOURCES) if (typeof properties[name] === 'string') properties[name] = resolve(properties[name]);
    if (properties.srcSet !== undefined) properties.srcSet = srcsetWith(properties.srcSet, resolve);
    if (typeof properties.style === 'string') properties.style = resolveDeclarationUrls(properties.style, resolve);
  });
}

/** Takes off what the preview itself marks the page with (`data-line`, `pd-` classes and ids), so a post cannot imitate it. */
export function removePreviewMarks(tree: Root): void {
  const mark = PREVIEW_MARK;
  visit(tree, 'element', (node: Element) => {
    const { properties } = node;
    for (const name of Object.keys(properties))
      if (name === 'dataLine' || name.startsWith('dataPd')) delete properties[name];
    if (typeof properties.id === 'string' && properties.id.startsWith(mark)) delete properties.id;
    if (Array.isArray(properties.className))
      properties.className = properties.className.filter((name) => !String(name).startsWith(mark));
  });
}

/** What rehype-stringify writes differently from kramdown: `>` in text, the task-list checkbox, the footnote `↩`. */
export function writeLikeKramdown(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const replacement = kramdownMarkup(node as RootContent, parent);
    if (replacement !== undefined) parent.children[index] = { type: 'raw', value: replacement };
    return undefined;
  });
}

function kramdownMarkup(node: RootContent, parent: Parents): string | undefined {
  if (node.type === 'text' && hasClass(parent, 'reversefootnote')) return '&#8617;';
  if (node.type === 'text' && node.value.includes('>')) return escapeText(node.value);
  if (node.type === 'element' && node.tagName === 'input' && hasClass(node, 'task-list-item-checkbox')) {
    return `<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" ${node.properties.checked ? 'checked="checked" ' : ''}/>`;
  }
  return undefined;
}

function hasClass(node: Parents, name: string): boolean {
  return (
    node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes(name)
  );
}

/** HTML written as it is, read by the HTML parser in `expandRawHtml`. */
export function rawHtml(value: string): Raw {
  return { type: 'raw', value };
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
