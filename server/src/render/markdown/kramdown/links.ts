// kramdown's links and images (kramdown/parser/kramdown/link.rb): `[text](url "title")`, `[text][id]`, `[id]`, and
// the same with `!` for images, the text up to the bracket that balances the first.
import { element, type Element, type Ial } from './elements';
import { normalizeLinkId } from './blocks';
import type { Parser } from './parser';
import { strip } from '../../../core/rubyStrings';
import { anchored, searching, SPACE } from './syntax';

const BRACKET_STOP = anchored('(\\])|!?\\[');
const PAREN_STOP = searching(`(\\()|(\\))|${SPACE}(?=['"])`);
const INLINE_ID = anchored(`${SPACE}*?\\[([^\\]]+)?\\]`);
const INLINE_TITLE = anchored(`${SPACE}*?(["'])([^]+?)\\1${SPACE}*?\\)`);
const OPEN_PAREN = anchored('\\(');
const CLOSE_PAREN = anchored('\\)');
const ANGLE_URL = anchored('\\(<([^\\n]*?)>');
/** kramdown's own escapes (not GFM's), taken out of the text an image's alt and a reference are read from. */
const ESCAPED_CHARS = /\\([\\.*_+`<>()[\]{}#!:|"'$=-])/g;

export function parseLink(p: Parser): void {
  const src = p.src;
  const line = p.line;
  const opening = src.skipMatched();
  const saved = src.pos;
  const type = opening.startsWith('!') ? 'img' : 'a';
  const insideLink = (el: Element) => el.type === 'img' || el.type === 'a';
  if ((type === 'a' && (insideLink(p.tree) || p.inlineStack.some(insideLink))) || !p.mayNestInline()) {
    p.addText(opening);
    return;
  }
  const el = element(type, undefined, line);
  let count = 1;
  const found = p.parseInlines(el, BRACKET_STOP, undefined, () => {
    count += src.group(1) !== undefined ? -1 : 1;
    return count - el.children.filter((child) => child.type === 'img').length === 0;
  });
  const fail = () => {
    src.pos = saved;
    p.addText(opening);
  };
  if (!found) return fail();
  const altText = src.string.slice(saved, src.pos).replace(ESCAPED_CHARS, '$1');
  src.scan(BRACKET_STOP);
  if (src.scan(INLINE_ID) !== undefined || !src.check(OPEN_PAREN)) {
    const definition = p.linkDefs.get(normalizeLinkId(src.group(1) ?? altText));
    if (!definition) return fail();
    return addLink(p, el, definition.url, definition.title, altText, definition.eob.ial);
  }
  let url: string;
  if (src.scan(ANGLE_URL) !== undefined) {
    url = src.group(1)!;
    if (src.scan(CLOSE_PAREN) !== undefined) return addLink(p, el, url, undefined, altText);
  } else {
    let written = '';
    let depth = 0;
    for (let part = src.scanUntil(PAREN_STOP); part !== undefined; part = src.scanUntil(PAREN_STOP)) {
      written += part;
      if (src.group(2) !== undefined) {
        if (--depth === 0) break;
      } else if (src.group(1) !== undefined) depth++;
      else break;
    }
    url = strip(written.slice(1, -1));
    if (depth === 0) return addLink(p, el, url, undefined, altText);
  }
  if (src.scan(INLINE_TITLE) !== undefined) addLink(p, el, url, src.group(2), altText);
  else fail();
}

function addLink(p: Parser, el: Element, href: string, title: string | undefined, altText: string, ial?: Ial): void {
  el.ial = ial;
  if (ial) p.applyIal(el.attr, ial);
  if (el.type === 'a') el.attr.href = href;
  else {
    el.attr.src = href;
    el.attr.alt = altText;
    el.children = [];
  }
  if (title !== undefined) el.attr.title = title;
  p.tree.children.push(el);
}
