// HTML in a post, read the way kramdown reads it (kramdown/parser/html.rb, kramdown/parser/kramdown/html.rb): a
// block-level element's content is raw HTML unless `markdown="1"` (or `parse_block_html`) says to parse it, raw HTML
// is read into elements and text up to the matching end tag, and span-level elements hold markdown spans.
import { element, type ContentModel, type Element } from './elements';
import {
  BLOCK_ELEMENTS,
  contentModel,
  isKnownElement,
  kramdownTagName,
  SPAN_ELEMENTS,
  VOID_ELEMENTS,
} from './htmlElements';
import type { Parser } from './parser';
import { escapeRegExp } from '../../../core/rubyStrings';
import {
  anchored,
  HTML_ATTRIBUTE,
  HTML_COMMENT,
  HTML_INSTRUCTION,
  HTML_TAG,
  HTML_TAG_CLOSE,
  NAME,
  OPT_SPACE,
  searching,
  SPACE,
  TRAILING_WHITESPACE,
} from './syntax';

const COMMENT = anchored(HTML_COMMENT);
const INSTRUCTION = anchored(HTML_INSTRUCTION);
const TAG = anchored(HTML_TAG);
const TAG_CLOSE = anchored(HTML_TAG_CLOSE);
const BLOCK_TAG = anchored(`${OPT_SPACE}${HTML_TAG}`);
const BLOCK_TAG_CLOSE = anchored(`${OPT_SPACE}${HTML_TAG_CLOSE}`);
const RAW_START = searching(`(?=<(?:${NAME}|\\/|!--|\\?))`);

const MARKDOWN_ATTRIBUTE: Record<string, ContentModel | 'default'> = {
  '0': 'raw',
  '1': 'default',
  span: 'span',
  block: 'block',
};

type TagHandler = (p: Parser, el: Element, closed: boolean, handleBody: boolean) => void;

export function parseBlockHtml(p: Parser): boolean | 'stop' {
  const src = p.src;
  const line = p.line;
  const comment = src.scan(COMMENT);
  if (comment !== undefined) {
    const el = element('xml_comment', comment, line);
    el.category = 'block';
    p.tree.children.push(el);
    src.scan(TRAILING_WHITESPACE);
    return true;
  }
  if (src.check(BLOCK_TAG) && !SPAN_ELEMENTS.has(src.group(1)!.toLowerCase())) {
    const tag = startTag(p);
    src.skipMatched();
    handleStartTag(p, tag, line, handleKramdownTag);
    return true;
  }
  if (src.check(BLOCK_TAG_CLOSE) && !SPAN_ELEMENTS.has(src.group(1)!.toLowerCase())) {
    const name = src.group(1)!.toLowerCase();
    if (p.tree.type !== 'html_element' || p.tree.value !== name) return false;
    src.skipMatched();
    return 'stop';
  }
  return false;
}

interface StartTag {
  name: string;
  attributes: string;
  empty: boolean;
}

/** The start tag the scanner just matched. */
function startTag(p: Parser): StartTag {
  return {
    name: kramdownTagName(p.src.group(1)!),
    attributes: p.src.group(2) ?? '',
    empty: p.src.group(4) !== undefined,
  };
}

function handleStartTag(p: Parser, tag: StartTag, line: number, handler: TagHandler): void {
  const el = element('html_element', tag.name, line);
  el.attr = parseHtmlAttributes(tag.attributes, isKnownElement(tag.name));
  el.category = 'block';
  p.tree.children.push(el);
  const closed = tag.empty || VOID_ELEMENTS.has(tag.name);
  if (tag.name === 'script' || tag.name === 'style') {
    readRawText(p, el);
    handler(p, el, false, false);
  } else handler(p, el, closed, true);
}

export function parseHtmlAttributes(text: string, lowercase: boolean): Record<string, string> {
  const attributes = Object.create(null) as Record<string, string>;
  for (const [, name, bare, , quoted] of text.matchAll(HTML_ATTRIBUTE))
    attributes[lowercase ? name.toLowerCase() : name] = bare ?? quoted ?? '';
  return attributes;
}

/** The content of `script` and `style`: raw text up to the end tag. */
function readRawText(p: Parser, el: Element): void {
  const src = p.src;
  const from = src.pos;
  if (src.scanUntil(endTagAhead(el.value!)) !== undefined) {
    p.addText(src.string.slice(from, src.pos), el, 'raw');
    src.scan(TAG_CLOSE);
  } else {
    p.addText(src.rest, el, 'raw');
    src.terminate();
  }
}

const endTagsAhead = new Map<string, RegExp>();
function endTagAhead(name: string): RegExp {
  let pattern = endTagsAhead.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?=<\\/${escapeRegExp(name)}${SPACE}*>)`, 'gimu');
    endTagsAhead.set(name, pattern);
  }
  return pattern;
}

/** How kramdown's block parser reads an element's content: by its `markdown` attribute, or as raw HTML. */
function handleKramdownTag(p: Parser, el: Element, closed: boolean, handleBody: boolean): void {
  if (p.blockIal) {
    el.ial = p.blockIal;
    p.blockIal = undefined;
  }
  const insideRaw = p.tree.type === 'html_element' && p.tree.contentModel === 'raw';
  let model: ContentModel = !insideRaw && p.options.parseBlockHtml ? contentModel(el.value!) : 'raw';
  const markdown = el.attr.markdown;
  delete el.attr.markdown;
  const requested = markdown === undefined ? undefined : MARKDOWN_ATTRIBUTE[markdown];
  if (requested) model = requested === 'default' ? contentModel(el.value!) : requested;
  const src = p.src;
  if (model === 'block') src.scan(TRAILING_WHITESPACE);
  el.contentModel = model;
  el.isClosed = closed;
  if (closed || !handleBody) return;
  if (model === 'block') {
    if (!p.parseBlocks(el)) p.unclosedHtml = true;
  } else if (model === 'span') {
    const from = src.pos;
    if (src.scanUntil(endTagAhead(el.value!)) !== undefined) {
      p.addText(src.string.slice(from, src.pos), el);
      src.scan(TAG_CLOSE);
    } else {
      p.addText(src.rest, el);
      src.terminate();
      p.unclosedHtml = true;
    }
  } else p.nested(() => parseRawHtml(p, el, handleKramdownTag));
  if (!(p.tree.type === 'html_element' && p.tree.contentModel === 'raw')) src.scan(TRAILING_WHITESPACE);
}

/** Raw HTML up to `el`'s end tag: text, comments, and elements (read by `handler`). */
function parseRawHtml(p: Parser, el: Element, handler: TagHandler): void {
  const src = p.src;
  const outer = p.tree;
  p.tree = el;
  let done = false;
  while (!src.eos && !done) {
    const text = src.scanUntil(RAW_START);
    if (text === undefined) {
      p.addText(src.rest, el, 'text');
      src.terminate();
      p.unclosedHtml = true;
      break;
    }
    p.addText(text, el, 'text');
    const line = p.line;
    let markup: string | undefined;
    if ((markup = src.scan(COMMENT)) !== undefined) el.children.push(blockNode('xml_comment', markup, line));
    else if ((markup = src.scan(INSTRUCTION)) !== undefined) el.children.push(blockNode('xml_pi', markup, line));
    else if (src.check(TAG)) {
      const tag = startTag(p);
      src.skipMatched();
      handleStartTag(p, tag, line, handler);
    } else if (src.scan(TAG_CLOSE) !== undefined) {
      const closing = src.group(1)!;
      if (el.value === (isKnownElement(el.value!) ? closing.toLowerCase() : closing)) done = true;
      else p.addText(src.matched, el, 'text');
    } else p.addText(src.getch(), el, 'text');
  }
  p.tree = outer;
}

function blockNode(type: 'xml_comment' | 'xml_pi', value: string, line: number): Element {
  const el = element(type, value, line);
  el.category = 'block';
  return el;
}

/** HTML inside a paragraph: comments, elements holding markdown spans or raw text, and stray tags kept as text. */
export function parseInlineHtml(p: Parser): void {
  const src = p.src;
  const line = p.line;
  let markup: string | undefined;
  if ((markup = src.scan(COMMENT)) !== undefined) {
    const comment = element('xml_comment', markup, line);
    comment.category = 'span';
    p.tree.children.push(comment);
    return;
  }
  if ((markup = src.scan(TAG_CLOSE)) !== undefined) {
    p.addText(markup);
    return;
  }
  if (!src.check(TAG)) {
    p.addText(src.getch());
    return;
  }
  const tag = startTag(p);
  const written = src.skipMatched();
  if (BLOCK_ELEMENTS.has(tag.name)) {
    p.addText(written);
    return;
  }
  const attributes = parseHtmlAttributes(tag.attributes, isKnownElement(tag.name));
  for (const name of Object.keys(attributes))
    if (attributes[name] !== '') attributes[name] = attributes[name].replace(/\n+/g, ' ');
  let parse = contentModel(tag.name) === 'raw' || p.tree.contentModel === 'raw' ? false : p.options.parseInlineHtml;
  const markdown = attributes.markdown;
  delete attributes.markdown;
  const requested = markdown === undefined ? undefined : MARKDOWN_ATTRIBUTE[markdown];
  if (requested === 'span') parse = true;
  else if (requested === 'default') parse = contentModel(tag.name) !== 'raw';
  else if (requested === 'raw') parse = false;
  const el = element('html_element', tag.name, line);
  el.attr = attributes;
  el.category = 'span';
  el.contentModel = parse ? 'span' : 'raw';
  el.isClosed = tag.empty;
  p.tree.children.push(el);
  if (tag.empty || VOID_ELEMENTS.has(tag.name)) return;
  if (!p.mayNestInline()) {
    p.addText(src.rest, el);
    src.terminate();
    return;
  }
  const stop = endTag(tag.name);
  if (p.parseInlines(el, stop, parse ? undefined : [p.inlineParser('span_html')])) src.scan(stop);
  else {
    p.addText(src.rest, el);
    src.terminate();
  }
}

const endTags = new Map<string, RegExp>();
function endTag(name: string): RegExp {
  let pattern = endTags.get(name);
  if (!pattern) {
    pattern = new RegExp(`<\\/${escapeRegExp(name)}${SPACE}*>`, isKnownElement(name) ? 'iuy' : 'uy');
    endTags.set(name, pattern);
  }
  return pattern;
}
