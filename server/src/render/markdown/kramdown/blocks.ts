// kramdown's simple block parsers: blank lines, code blocks, block quotes, headers, rules, math blocks, paragraphs,
// end-of-block markers, and the definitions of footnotes, links and abbreviations.
import { element, type Element } from './elements';
import type { Parser } from './parser';
import { lstrip, rstrip, strip } from '../../../core/rubyStrings';
import {
  anchored,
  BLOCKQUOTE_MARKERS,
  CODEBLOCK_MATCH,
  FENCED_CODEBLOCK_MATCH,
  HEADER_ID,
  LAZY_END,
  PARAGRAPH_MATCH,
} from './syntax';

const INDENT_AT_LINE_START = /^(?:\t| {4})/gm;
const LAZY_CODE_LINE = /\n( {0,3}[^ \t\n\v\f\r])/g;
const ESCAPED_MATH_START = anchored(' {0,3}\\\\');

export function parseBlankLine(p: Parser): boolean {
  const blank = p.src.skipMatched();
  const last = p.tree.children.at(-1);
  if (last?.type === 'blank') last.value += blank;
  else p.tree.children.push(p.newBlock('blank', blank));
  return true;
}

export function parseEobMarker(p: Parser): boolean {
  p.src.skipMatched();
  p.tree.children.push(p.newBlock('eob'));
  return true;
}

export function parseCodeblock(p: Parser): boolean {
  const line = p.line;
  const data = p.src.scan(CODEBLOCK_MATCH) ?? '';
  const code = data.replace(LAZY_CODE_LINE, ' $1').replace(INDENT_AT_LINE_START, '');
  p.tree.children.push(p.newBlock('codeblock', code, line));
  return true;
}

export function parseFencedCodeblock(p: Parser): boolean {
  const line = p.line;
  const match = p.src.check(FENCED_CODEBLOCK_MATCH);
  if (!match) return false;
  const [, , , lang, langName, code] = match;
  p.src.skipMatched();
  const el = p.newBlock('codeblock', code, line);
  if (lang !== undefined && strip(lang) !== '') {
    el.lang = strip(lang);
    el.attr.class = `language-${langName}`;
  }
  p.tree.children.push(el);
  return true;
}

export function parseBlockquote(p: Parser): boolean {
  const src = p.src;
  const line = p.line;
  let text = src.scan(PARAGRAPH_MATCH) ?? '';
  while (!src.check(LAZY_END)) {
    const next = src.scan(PARAGRAPH_MATCH);
    if (next === undefined) break;
    text += next;
  }
  const el = p.newBlock('blockquote', undefined, line);
  p.tree.children.push(el);
  p.parseBlocks(el, text.replace(BLOCKQUOTE_MARKERS, ''), line);
  return true;
}

/** The GFM parser's ATX header: `#` and a space, no blank line needed before it. */
export function parseAtxHeaderQuirk(p: Parser): boolean {
  const level = p.src.group(1)!.length;
  const contents = headerContents(p.src.group(2)!);
  const text = /[\t ]#+$/.test(contents.text) ? rstrip(contents.text.replace(/[\t ]#+$/, '')) : contents.text;
  if (text === '') return false;
  addHeader(p, level, text, contents.id);
  return true;
}

/** kramdown's ATX header, used when the `paragraph_end` quirk is off. */
export function parseAtxHeader(p: Parser): boolean {
  if (!p.afterBlockBoundary()) return false;
  const level = p.src.group(1)!.length;
  const contents = headerContents(p.src.group(2)!);
  const text = /(?<!\\)#+$/.test(contents.text) ? rstrip(contents.text.replace(/(?<!\\)#+$/, '')) : contents.text;
  if (text === '') return false;
  addHeader(p, level, text, contents.id);
  return true;
}

export function parseSetextHeader(p: Parser): boolean {
  if (!p.afterBlockBoundary()) return false;
  const level = p.src.group(2) === '-' ? 2 : 1;
  const contents = headerContents(p.src.group(1)!);
  if (contents.text === '') return false;
  addHeader(p, level, contents.text, contents.id);
  return true;
}

function headerContents(written: string): { text: string; id?: string } {
  const text = rstrip(written);
  const id = HEADER_ID.exec(text);
  return id ? { text: rstrip(text.slice(0, id.index)), id: id[1] } : { text };
}

function addHeader(p: Parser, level: number, text: string, id: string | undefined): void {
  const line = p.line;
  p.src.skipMatched();
  const el = p.newBlock('header', undefined, line);
  el.level = level;
  el.rawText = text;
  p.addText(text, el);
  if (id !== undefined) el.attr.id = id;
  p.tree.children.push(el);
}

export function parseHorizontalRule(p: Parser): boolean {
  const line = p.line;
  p.src.skipMatched();
  p.tree.children.push(p.newBlock('hr', undefined, line));
  return true;
}

export function parseBlockMath(p: Parser): boolean {
  const src = p.src;
  const line = p.line;
  if (!p.afterBlockBoundary()) return false;
  const [, escaped, body, lineEnd] = src.lastMatch!;
  if (escaped !== undefined) {
    if (lineEnd !== undefined) src.scan(ESCAPED_MATH_START);
    return false;
  }
  const saved = src.pos;
  p.src.skipMatched();
  if (!p.beforeBlockBoundary()) {
    src.pos = saved;
    return false;
  }
  const math = p.newBlock('math', strip(body), line);
  math.category = 'block';
  p.tree.children.push(math);
  return true;
}

export function parseParagraph(p: Parser): boolean {
  const src = p.src;
  const start = src.pos;
  const line = p.line;
  let text = src.scan(PARAGRAPH_MATCH) ?? '';
  while (!src.check(p.paragraphEnd)) {
    const next = src.scan(PARAGRAPH_MATCH);
    if (next === undefined) break;
    text += next;
  }
  text = rstrip(text);
  const last = p.tree.children.at(-1);
  if (last?.type === 'p') {
    const lastText = last.children.at(-1);
    if (lastText?.type === p.textType) {
      const joiner = start >= 3 && src.string.slice(start - 3, start) === '  \n' ? '  \n' : '\n';
      lastText.value += joiner + text;
    } else p.addText(text, last);
  } else {
    const paragraph = p.newBlock('p', undefined, line);
    p.tree.children.push(paragraph);
    p.addText(lstrip(text), paragraph);
  }
  return true;
}

export function parseFootnoteDefinition(p: Parser): boolean {
  const line = p.line;
  const [, name, body] = p.src.lastMatch!;
  p.src.skipMatched();
  const content = element('footnote_def', undefined, line);
  p.parseBlocks(content, body.replace(INDENT_AT_LINE_START, ''), line);
  const eob = p.newBlock('eob', 'footnote_def');
  p.tree.children.push(eob);
  p.footnotes.set(name, { content, eob });
  return true;
}

export function parseLinkDefinition(p: Parser): boolean {
  const [, id, bracketed, url, , title] = p.src.lastMatch!;
  if (/[ \t]+["']/.test(url ?? '')) return false;
  p.src.skipMatched();
  const eob = p.newBlock('eob', 'link_def');
  p.tree.children.push(eob);
  p.linkDefs.set(normalizeLinkId(id), { url: bracketed ?? url, title, eob });
  return true;
}

export function normalizeLinkId(id: string): string {
  return id.replace(/[ \t\n\v\f\r]+/g, ' ').toLowerCase();
}

export function parseAbbreviationDefinition(p: Parser): boolean {
  const [, id, title] = p.src.lastMatch!;
  p.src.skipMatched();
  const eob: Element = p.newBlock('eob', 'abbrev_def');
  p.tree.children.push(eob);
  p.abbreviations.set(id, { title: strip(title), eob });
  return true;
}
