// The block and span parsers in kramdown's order, each with the pattern that must match where it is tried, as the
// GFM parser sets them up for its options.
import {
  parseAbbreviationDefinition,
  parseAtxHeader,
  parseAtxHeaderQuirk,
  parseBlankLine,
  parseBlockMath,
  parseBlockquote,
  parseCodeblock,
  parseEobMarker,
  parseFencedCodeblock,
  parseFootnoteDefinition,
  parseHorizontalRule,
  parseLinkDefinition,
  parseParagraph,
  parseSetextHeader,
} from './blocks';
import { parseBlockExtensions, parseInlineExtensions } from './extensions';
import { parseBlockHtml, parseInlineHtml } from './html';
import { parseLink } from './links';
import { parseDefinitionList, parseList } from './lists';
import type { KramdownOptions } from './options';
import type { Parser } from './parser';
import {
  parseAutolink,
  parseCodespan,
  parseEmphasis,
  parseEscapedChar,
  parseFootnoteMarker,
  parseHtmlEntity,
  parseInlineMath,
  parseLineBreak,
  parseSmartQuotes,
  parseStrikethrough,
  parseTypographicSymbol,
} from './inline';
import {
  anchored,
  ABBREV_DEFINITION_START,
  ATX_HEADER_START,
  BLANK,
  BLOCK_EXTENSIONS_START,
  BLOCK_MATH_START,
  BLOCKQUOTE_START,
  CODEBLOCK_START,
  DEFINITION_LIST_START,
  EOB,
  FENCED_CODEBLOCK_START,
  FOOTNOTE_DEFINITION_START,
  HR_START,
  HTML_BLOCK_START,
  HTML_ENTITY,
  LINK_DEFINITION_START,
  LIST_START,
  NAME,
  PARAGRAPH_START,
  SETEXT_HEADER_START,
  TABLE_START,
} from './syntax';
import { parseTable } from './tables';

export interface BlockParser {
  name: string;
  start: RegExp;
  /** True when it read a block, false to let the next parser try, 'stop' at the end tag of the HTML being read. */
  parse(p: Parser): boolean | 'stop';
}

export interface InlineParser {
  name: string;
  start: RegExp;
  /** What a span of this kind starts with, to search for. */
  inlineStart: string;
  parse(p: Parser): void;
}

const block = (name: string, start: RegExp, parse: BlockParser['parse']): BlockParser => ({ name, start, parse });
const span = (name: string, start: string, inlineStart: string, parse: InlineParser['parse']): InlineParser => ({
  name,
  start: anchored(start),
  inlineStart,
  parse,
});

export function blockParsers(options: KramdownOptions): BlockParser[] {
  const quirk = options.gfmQuirks.includes('paragraph_end');
  return [
    block('blank_line', BLANK, parseBlankLine),
    block('codeblock', CODEBLOCK_START, parseCodeblock),
    block('codeblock_fenced', FENCED_CODEBLOCK_START, parseFencedCodeblock),
    block('blockquote', BLOCKQUOTE_START, parseBlockquote),
    block('atx_header', ATX_HEADER_START, quirk ? parseAtxHeaderQuirk : parseAtxHeader),
    block('horizontal_rule', HR_START, parseHorizontalRule),
    block('list', LIST_START, parseList),
    block('definition_list', DEFINITION_LIST_START, parseDefinitionList),
    block('block_html', HTML_BLOCK_START, parseBlockHtml),
    block('setext_header', SETEXT_HEADER_START, parseSetextHeader),
    block('block_math', BLOCK_MATH_START, parseBlockMath),
    block('table', TABLE_START, parseTable),
    block('footnote_definition', FOOTNOTE_DEFINITION_START, parseFootnoteDefinition),
    block('link_definition', LINK_DEFINITION_START, parseLinkDefinition),
    block('abbrev_definition', ABBREV_DEFINITION_START, parseAbbreviationDefinition),
    block('block_extensions', BLOCK_EXTENSIONS_START, parseBlockExtensions),
    block('eob_marker', EOB, parseEobMarker),
    block('paragraph', PARAGRAPH_START, parseParagraph),
  ];
}

export const SPAN_PARSERS = {
  emphasis: span('emphasis', '(?:\\*\\*?|__?)', '\\*|_', parseEmphasis),
  codespan: span('codespan', '`+', '`', parseCodespan),
  autolink: span(
    'autolink',
    '<((mailto|https?|ftps?):[^\\n]+?|[\\p{Alphabetic}\\p{Nd}\\-_.]+?@[\\p{Alphabetic}\\p{Nd}\\-_.]+?)>',
    '<',
    parseAutolink,
  ),
  span_html: span('span_html', `<(?:${NAME}|!--|\\/)`, '<', parseInlineHtml),
  footnote_marker: span('footnote_marker', '\\[\\^(\\w[\\w\\-]*)\\]', '\\[', parseFootnoteMarker),
  link: span('link', '!?\\[(?=[^^])', '!?\\[', parseLink),
  smart_quotes: span('smart_quotes', '[^\\\\]?["\']', '[^\\\\]?["\']', parseSmartQuotes),
  inline_math: span('inline_math', '\\$\\$([^]*?)\\$\\$', '\\$', parseInlineMath),
  span_extensions: span('span_extensions', '\\{:', '\\{:', parseInlineExtensions),
  html_entity: span('html_entity', HTML_ENTITY, '&', parseHtmlEntity),
  typographic_syms: span(
    'typographic_syms',
    '---|--|\\.\\.\\.|\\\\<<|\\\\>>|<< | >>|<<|>>',
    '--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)',
    parseTypographicSymbol,
  ),
  line_break: span('line_break', '(?:  |\\\\\\\\)(?=\\n)', '(?:  |\\\\\\\\)(?=\\n)', parseLineBreak),
  escaped_chars: span('escaped_chars', '\\\\([\\\\.*_+`<>()\\[\\]{}#!:|"\'$=\\-~])', '\\\\', parseEscapedChar),
  strikethrough: span(
    'strikethrough',
    '~~(?![ \\t\\n\\v\\f\\r]|~)[^]*?[^ \\t\\n\\v\\f\\r~]~~',
    '~~',
    parseStrikethrough,
  ),
};

export type InlineParserName = keyof typeof SPAN_PARSERS;

export function inlineParsers(options: KramdownOptions): InlineParser[] {
  const names: InlineParserName[] = [
    'emphasis',
    'codespan',
    'autolink',
    'span_html',
    'footnote_marker',
    'link',
    'smart_quotes',
    'inline_math',
    'span_extensions',
    'html_entity',
  ];
  if (!options.gfmQuirks.includes('no_auto_typographic')) names.push('typographic_syms');
  if (!options.hardWrap) names.push('line_break');
  names.push('escaped_chars', 'strikethrough');
  return names.map((name) => SPAN_PARSERS[name]);
}
