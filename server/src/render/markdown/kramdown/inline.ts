// kramdown's span-level parsers, called inline parsers here (a span is an offset range in this project), from
// kramdown/parser/kramdown/*.rb: emphasis, code spans, autolinks, footnote markers, smart quotes, inline math,
// entities, typographic symbols, line breaks, escapes, and GFM's strikethrough.
import { matchSmartQuote } from './smartQuotes';
import { element, type TypographicSymbol } from './elements';
import { namedEntity, numericEntity } from './entities';
import type { Parser } from './parser';
import { escapeRegExp, isSpace, strip } from '../../../core/rubyStrings';
import { anchored, searching } from './syntax';

const ALPHA = /\p{Alphabetic}/u;
const SPACE_AT = /[ \t\n\v\f\r]/y;

/** kramdown's `[[:alpha:]]-?[[:alpha:]]*\z` on the text before `index`: a letter, or a letter and a hyphen. */
function alphaBefore(text: string, index: number): boolean {
  const previous = text[index - 1] ?? '';
  return ALPHA.test(previous) || (previous === '-' && ALPHA.test(text[index - 2] ?? ''));
}

const delimiterPatterns = new Map<string, { stop: RegExp; double: RegExp; alnum: RegExp }>();
function delimiterPatternsOf(delimiter: string) {
  let patterns = delimiterPatterns.get(delimiter);
  if (!patterns) {
    const escaped = escapeRegExp(delimiter);
    patterns = {
      stop: anchored(escaped),
      double: anchored(`${escaped}${escaped}(?!${escaped})`),
      alnum: anchored(`${escaped}[\\p{Alphabetic}\\p{Nd}]`),
    };
    delimiterPatterns.set(delimiter, patterns);
  }
  return patterns;
}

export function parseEmphasis(p: Parser): void {
  const src = p.src;
  const line = p.line;
  const start = src.pos;
  const delimiter = p.src.skipMatched();
  const kind = delimiter.length === 2 ? 'strong' : 'em';
  const type = delimiter[0];
  if (
    (type === '_' && alphaBefore(src.string, start)) ||
    src.check(SPACE_AT) ||
    p.tree.type === kind ||
    p.inlineStack.some((el) => el.type === kind) ||
    !p.mayNestInline()
  ) {
    p.addText(delimiter);
    return;
  }
  const attempt = (written: string, elementType: 'em' | 'strong') => {
    const el = element(elementType, undefined, line);
    const patterns = delimiterPatternsOf(written);
    const found = p.parseInlines(el, patterns.stop, undefined, () => {
      if (isSpace(src.string[src.pos - 1])) return false;
      if (elementType === 'em' && src.check(patterns.double)) return false;
      if (type === '_' && src.check(patterns.alnum)) return false;
      return el.children.length > 0;
    });
    return { found, el, stop: patterns.stop };
  };
  let result = attempt(delimiter, kind);
  if (!result.found && kind === 'strong' && p.tree.type !== 'em') {
    src.pos = start + 1;
    result = attempt(type, 'em');
  }
  if (result.found) {
    src.scan(result.stop);
    p.tree.children.push(result.el);
  } else {
    src.pos = start + delimiter.length;
    p.addText(delimiter);
  }
}

const backtickRuns = new Map<string, RegExp>();

export function parseCodespan(p: Parser): void {
  const src = p.src;
  const line = p.line;
  const start = src.pos;
  const delimiter = p.src.skipMatched();
  const simple = delimiter.length === 1;
  if (simple && (start === 0 || isSpace(src.string[start - 1])) && src.check(SPACE_AT)) {
    p.addText(delimiter);
    return;
  }
  let closing = backtickRuns.get(delimiter);
  if (!closing) backtickRuns.set(delimiter, (closing = searching(delimiter)));
  const saved = src.pos;
  const found = src.scanUntil(closing);
  if (found === undefined) {
    src.pos = saved;
    p.addText(delimiter);
    return;
  }
  let code = found.slice(0, found.length - delimiter.length);
  if (!simple) {
    if (code.startsWith(' ')) code = code.slice(1);
    if (code.endsWith(' ')) code = code.slice(0, -1);
  }
  p.tree.children.push(element('codespan', code, line));
}

export function parseAutolink(p: Parser): void {
  const [, target, scheme] = p.src.lastMatch!;
  p.src.skipMatched();
  const link = element('a', undefined, p.line);
  link.attr.href = scheme === undefined ? `mailto:${target}` : target;
  p.addText(target.replace(/^mailto:/, ''), link);
  p.tree.children.push(link);
}

export function parseFootnoteMarker(p: Parser): void {
  const name = p.src.group(1)!;
  const written = p.src.skipMatched();
  const definition = p.footnotes.get(name);
  if (!definition) {
    p.addText(written);
    return;
  }
  const marker = element('footnote', undefined, p.line);
  marker.footnote = { content: definition.content, name };
  p.tree.children.push(marker);
}

export function parseSmartQuotes(p: Parser): void {
  const src = p.src;
  const match = matchSmartQuote(src.string, src.pos)!;
  for (const part of match.output) {
    if ('text' in part) p.addText(part.text);
    else {
      const quote = element('smart_quote');
      quote.quote = part.quote;
      p.tree.children.push(quote);
    }
  }
  src.pos += match.length;
}

export function parseInlineMath(p: Parser): void {
  const body = p.src.group(1)!;
  p.src.skipMatched();
  const math = element('math', strip(body), p.line);
  math.category = 'span';
  p.tree.children.push(math);
}

export function parseHtmlEntity(p: Parser): void {
  const [written, name, decimal, hex] = p.src.lastMatch!;
  p.src.skipMatched();
  if (name !== undefined) {
    const char = namedEntity(name);
    if (char === undefined) {
      p.tree.children.push(entity('&', '&amp;'));
      p.addText(written.slice(1));
    } else p.tree.children.push(entity(char, written));
  } else {
    const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16);
    p.tree.children.push(entity(numericEntity(codePoint, written), written));
  }
}

function entity(char: string, original: string) {
  const el = element('entity', char);
  el.original = original;
  return el;
}

const TYPOGRAPHIC: Record<string, TypographicSymbol> = {
  '---': 'mdash',
  '--': 'ndash',
  '...': 'hellip',
  '<< ': 'laquo_space',
  ' >>': 'raquo_space',
  '<<': 'laquo',
  '>>': 'raquo',
};

export function parseTypographicSymbol(p: Parser): void {
  const written = p.src.skipMatched();
  const symbol = TYPOGRAPHIC[written];
  if (symbol) {
    const el = element('typographic_sym', undefined, p.line);
    el.symbol = symbol;
    p.tree.children.push(el);
  } else {
    const char = written === '\\<<' ? '<' : '>';
    p.tree.children.push(entity(char, char === '<' ? '&lt;' : '&gt;'), entity(char, char === '<' ? '&lt;' : '&gt;'));
  }
}

export function parseLineBreak(p: Parser): void {
  p.tree.children.push(element('br', undefined, p.line));
  p.src.skipMatched();
}

export function parseEscapedChar(p: Parser): void {
  const char = p.src.group(1)!;
  p.src.skipMatched();
  p.addText(char);
}

export function parseStrikethrough(p: Parser): void {
  const line = p.line;
  const written = p.src.skipMatched();
  const del = element('html_element', 'del', line);
  del.category = 'span';
  p.tree.children.push(del);
  p.parseTextInlines(del, written.slice(2, -2), line);
}
