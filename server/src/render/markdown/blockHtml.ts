// Block-level HTML the way kramdown reads it: a line opening with a span element (`<img>`, `<a>`) starts a paragraph,
// and any other element is raw HTML up to its matching end tag, blank lines included.
import type { Html, Paragraph, Parent, PhrasingContent, RootContent } from 'mdast';
import { kramdownTagName, SPAN_ELEMENTS } from './htmlNames';

const OPENING_TAG = /^ {0,3}<([A-Za-z][\w:.-]*)/;
const INLINE_TAG = /<!--[^]*?-->|<\/?[A-Za-z][^>]*>/g;

/** Reads the parent's HTML blocks; false when one has no end tag in `source`, so it runs on to the end of the source. */
export function readKramdownBlockHtml(parent: Parent, source: string): boolean {
  const children = parent.children as RootContent[];
  let closed = true;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type !== 'html') continue;
    const name = OPENING_TAG.exec(node.value)?.[1];
    if (name === undefined) continue;
    const tagName = kramdownTagName(name);
    if (SPAN_ELEMENTS.has(tagName)) children[i] = asParagraph(node);
    else closed = extendToEndTag(children, i, tagName, source) && closed;
  }
  return closed;
}

function asParagraph(node: Html): Paragraph {
  const start = node.position?.start.offset ?? 0;
  const pieces: PhrasingContent[] = [];
  let last = 0;
  const add = (from: number, to: number, html: boolean) => {
    const value = node.value.slice(from, to);
    const position = node.position && {
      start: { ...node.position.start, offset: start + from },
      end: { ...node.position.end, offset: start + to },
    };
    pieces.push(html ? { type: 'html', value, position } : { type: 'text', value, position });
  };
  for (const match of node.value.matchAll(INLINE_TAG)) {
    if (match.index > last) add(last, match.index, false);
    add(match.index, match.index + match[0].length, true);
    last = match.index + match[0].length;
  }
  if (last < node.value.length) add(last, node.value.length, false);
  return { type: 'paragraph', children: pieces, position: node.position };
}

/** Merges the siblings that kramdown reads as part of this element's raw HTML; false when its end tag is missing. */
function extendToEndTag(children: RootContent[], at: number, tagName: string, source: string): boolean {
  const node = children[at] as Html;
  const start = node.position?.start.offset;
  const ownEnd = node.position?.end.offset;
  if (start === undefined || ownEnd === undefined) return true;
  const endTag = matchingEndTag(source, start, tagName);
  const end = endTag ?? source.length;
  let last = at;
  while (last + 1 < children.length && (children[last + 1].position?.start.offset ?? end) < end) last++;
  const lastPosition = children[last].position;
  if (end > ownEnd && last > at && lastPosition) {
    node.value = source.slice(start, lastPosition.end.offset);
    node.position = { start: node.position!.start, end: lastPosition.end };
    children.splice(at + 1, last - at);
  }
  return endTag !== undefined;
}

/** The offset after the end tag that closes the element opened at `start`, counting nested ones of its name. */
function matchingEndTag(source: string, start: number, tagName: string): number | undefined {
  const tags = new RegExp(`<(/?)${tagName.replace(/[.\\-]/g, '\\$&')}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(source); match; match = tags.exec(source)) {
    depth += match[1] ? -1 : match[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return undefined;
}
