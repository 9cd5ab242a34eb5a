// kramdown's patterns (kramdown/parser/kramdown/*.rb, kramdown-parser-gfm), in JavaScript. Ruby's `\s` is ASCII
// whitespace and `.` stops only at `\n`; a scanner's match starts at its position, so the patterns for an anchored
// match leave out the leading `^` Ruby has (they are sticky), while a `^` inside one is a line start.

/** A pattern matched at the scanner's position. */
export const anchored = (source: string): RegExp => new RegExp(source, 'muy');
/** A pattern searched for from the scanner's position on. */
export const searching = (source: string): RegExp => new RegExp(source, 'mug');

export const SPACE = '[ \\t\\n\\v\\f\\r]';
export const NOT_SPACE = '[^ \\t\\n\\v\\f\\r]';
const DOT = '[^\\n]';
export const WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]';
/** Ruby's `\Z`: the end, or before a final newline. */
export const END = '(?=\\n?(?![^]))';
export const OPT_SPACE = ' {0,3}';
export const INDENT = '(?:\\t| {4})';

const NCNAME = '[\\p{Alphabetic}_][\\-\\p{Alphabetic}\\p{Nd}._]*';
/** An XML name as REXML writes it: an element or attribute name of HTML in a post. */
export const NAME = `(?:${NCNAME}:)?${NCNAME}`;

export const BLANK_LINE = `${SPACE}*\\n`;
export const EOB_MARKER = `\\^${SPACE}*?\\n`;

export const ALD_ID_NAME = '\\w[\\w\\-]*';
export const ALD_ANY_CHARS = '(?:\\\\\\}|[^}])';
export const IAL_BLOCK = `\\{:(?!:|\\/)(${ALD_ANY_CHARS}+)\\}${SPACE}*?\\n`;
export const IAL_BLOCK_START = `${OPT_SPACE}${IAL_BLOCK}`;
export const EXT_START = `\\{::(\\w+)(?:${SPACE}(${ALD_ANY_CHARS}*?)|)(\\/)?\\}`;
export const extensionStop = (name: string): string => `\\{:\\/(${name})?\\}`;

const SPAN_ELEMENT_NAMES =
  'a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|tt|u|var|script';
const NOT_SPAN_ELEMENT = `(?!(?:${SPAN_ELEMENT_NAMES})(?!${WORD}))`;
export const LAZY_END_HTML_START = `<${NOT_SPAN_ELEMENT}${NAME}`;
export const LAZY_END_HTML_STOP = `<\\/${NOT_SPAN_ELEMENT}${NAME}${SPACE}*>`;

const LAZY_END_SOURCE = `${BLANK_LINE}|${IAL_BLOCK_START}|${EOB_MARKER}|${OPT_SPACE}${LAZY_END_HTML_STOP}|${OPT_SPACE}${LAZY_END_HTML_START}|${END}`;
export const LAZY_END = anchored(LAZY_END_SOURCE);

const PATTERN_TAIL = `[\\t| ]${DOT}*?\\n`;
export const LIST_START_UL = anchored(`(${OPT_SPACE}[+*\\-])(${PATTERN_TAIL})`);
export const LIST_START_OL = anchored(`(${OPT_SPACE}\\d+\\.)(${PATTERN_TAIL})`);
const LIST_START_SOURCE = `${OPT_SPACE}[+*\\-]${PATTERN_TAIL}|${OPT_SPACE}\\d+\\.${PATTERN_TAIL}`;
export const LIST_START = anchored(LIST_START_SOURCE);
const DEFINITION_LIST_START_SOURCE = `(${OPT_SPACE}:)(${PATTERN_TAIL})`;
export const DEFINITION_LIST_START = anchored(DEFINITION_LIST_START_SOURCE);

/** The same kind of list item marker, indented at most as far as an item's content allows. */
export function itemMarker(type: 'ul' | 'ol' | 'dl', indentation: number): RegExp {
  const spaces = indentation >= 4 ? 3 : indentation - 1;
  const marker = type === 'ul' ? '[+*\\-]' : type === 'ol' ? '\\d+\\.' : ':';
  return cached(`( {0,${spaces}}${marker})(${PATTERN_TAIL})`);
}

/** The lines of a list item after its first: indented to its content, or lazy; and its indentation. */
export function itemLines(indentation: number): { content: RegExp; lazy: RegExp; indent: RegExp } {
  const [fours, rest] = [Math.floor(indentation / 4), indentation % 4];
  return {
    content: cached(`(?:${INDENT}{${fours}} {${rest}}|${INDENT}{${fours + 1}})${DOT}*${NOT_SPACE}${DOT}*\\n`),
    lazy: cached(
      `(?! {0,${Math.min(indentation, 3)}}(?:${IAL_BLOCK}|${LAZY_END_HTML_STOP}|${LAZY_END_HTML_START}))${DOT}*${NOT_SPACE}${DOT}*\\n`,
    ),
    indent: new RegExp(`^ {${indentation}}`, 'u'),
  };
}

const patterns = new Map<string, RegExp>();
function cached(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = anchored(source)));
  return pattern;
}

export const LIST_ITEM_IAL = new RegExp(
  `^${SPACE}*(?:\\{:(?!(?:${ALD_ID_NAME})?:|\\/)(${ALD_ANY_CHARS}+)\\})${SPACE}*`,
  'u',
);
export const LIST_ITEM_IAL_CHECK = new RegExp(`^(?:${LIST_ITEM_IAL.source.slice(1)})?${SPACE}*\\n`, 'u');

export const HR_START = anchored(`${OPT_SPACE}(\\*|-|_)[ \\t]*\\1[ \\t]*\\1(?:\\1|[ \\t])*\\n`);
export const ATX_HEADER_START_SOURCE = `(#{1,6})[\\t ]+(${DOT}*)\\n`;
export const ATX_HEADER_START = anchored(ATX_HEADER_START_SOURCE);
export const SETEXT_HEADER_START = anchored(`${OPT_SPACE}([^ \\t]${DOT}*)\\n([\\-=])[\\-=]*[ \\t\\r\\f\\v]*\\n`);
/** REXML's XML name characters: those a name starts with, and those it goes on with. */
const NAME_START_CHARS =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHARS = `\\u0300-\\u036F${NAME_START_CHARS}\\-.0-9\\u00B7\\u203F-\\u2040`;
/** A header's `{#id}`: an XML name. */
export const HEADER_ID = new RegExp(`[\\t ]\\{#([${NAME_START_CHARS}][${NAME_CHARS}]*)\\}$`, 'u');
export const BLOCKQUOTE_START_SOURCE = `${OPT_SPACE}> ?`;
export const BLOCKQUOTE_START = anchored(BLOCKQUOTE_START_SOURCE);
export const BLOCKQUOTE_MARKERS = new RegExp(`^${BLOCKQUOTE_START_SOURCE}`, 'gmu');
const FENCED_CODEBLOCK_START_SOURCE = '[ ]{0,3}[~`]{3,}';
export const FENCED_CODEBLOCK_START = anchored(FENCED_CODEBLOCK_START_SOURCE);
export const FENCED_CODEBLOCK_MATCH = anchored(
  `[ ]{0,3}(([~\`]){3,})${SPACE}*?((${NOT_SPACE}+?)(?:\\?${NOT_SPACE}*)?)?${SPACE}*?\\n([^]*?)^[ ]{0,3}\\1\\2*${SPACE}*?\\n`,
);
export const CODEBLOCK_START = anchored(INDENT);
const CODEBLOCK_LINES = `(?:(?:${BLANK_LINE})?(?:${INDENT}[ \\t]*${NOT_SPACE}${DOT}*\\n)+(?:(?!${IAL_BLOCK_START}|${EOB_MARKER}|${OPT_SPACE}${LAZY_END_HTML_STOP}|${OPT_SPACE}${LAZY_END_HTML_START})[ \\t]*${NOT_SPACE}${DOT}*\\n)*)*`;
export const CODEBLOCK_MATCH = anchored(CODEBLOCK_LINES);

export const PARAGRAPH_START = anchored(`${OPT_SPACE}[^ \\t]${DOT}*?\\n`);
export const PARAGRAPH_MATCH = anchored(`${DOT}*?\\n`);
/** Where a paragraph ends in the GFM parser with its `paragraph_end` quirk, and without it. */
export const PARAGRAPH_END_GFM = anchored(
  [
    LAZY_END_SOURCE,
    LIST_START_SOURCE,
    ATX_HEADER_START_SOURCE,
    DEFINITION_LIST_START_SOURCE,
    BLOCKQUOTE_START_SOURCE,
    FENCED_CODEBLOCK_START_SOURCE,
  ].join('|'),
);
export const PARAGRAPH_END = anchored(`${LAZY_END_SOURCE}|${DEFINITION_LIST_START_SOURCE}`);

export const BLANK = anchored(BLANK_LINE);
export const EOB = anchored(EOB_MARKER);
export const BLOCK_BOUNDARY = anchored(`${BLANK_LINE}|${EOB_MARKER}|${IAL_BLOCK_START}|${END}`);
export const TRAILING_WHITESPACE = anchored('[ \\t]*\\n');

export const ALD_START = anchored(`${OPT_SPACE}\\{:(${ALD_ID_NAME}):(${ALD_ANY_CHARS}+)\\}${SPACE}*?\\n`);
export const EXT_BLOCK_START = anchored(`${OPT_SPACE}(?:${EXT_START}|${extensionStop(ALD_ID_NAME)})${SPACE}*?\\n`);
export const IAL_BLOCK_START_PATTERN = anchored(IAL_BLOCK_START);
export const BLOCK_EXTENSIONS_START = anchored(`${OPT_SPACE}\\{:`);
export const EXT_SPAN_START = anchored(`${EXT_START}|${extensionStop(ALD_ID_NAME)}`);
export const IAL_SPAN_START = anchored(`\\{:(${ALD_ANY_CHARS}+)\\}`);

export const FOOTNOTE_DEFINITION_START = anchored(
  `${OPT_SPACE}\\[\\^(${ALD_ID_NAME})\\]:${SPACE}*?(${DOT}*?\\n${CODEBLOCK_LINES})`,
);
export const LINK_DEFINITION_START = anchored(
  `${OPT_SPACE}\\[([^\\n\\]]+)\\]:[ \\t]*(?:<(${DOT}*?)>|([^\\n]*?${NOT_SPACE}[^\\n]*?))(?:(?:[ \\t]*?\\n|[ \\t]+?)[ \\t]*?(["'])(${DOT}+?)\\4)?[ \\t]*?\\n`,
);
export const ABBREV_DEFINITION_START = anchored(`${OPT_SPACE}\\*\\[(${DOT}+?)\\]:(${DOT}*?)\\n`);
export const BLOCK_MATH_START = anchored(`${OPT_SPACE}(\\\\)?\\$\\$([^]*?)\\$\\$(${SPACE}*?\\n)?`);

export const TABLE_SEP_LINE = anchored('([+|: \\t\\-]*?-[+|: \\t\\-]*?)[ \\t]*\\n');
export const TABLE_HSEP_ALIGN = /[ \t]?(:?)-+(:?)[ \t]?/g;
export const TABLE_FSEP_LINE = anchored('[+|: \\t=]*?=[+|: \\t=]*?[ \\t]*\\n');
export const TABLE_ROW_LINE = anchored(`(${DOT}*?)[ \\t]*\\n`);
const TABLE_PIPE_CHECK = `(?:\\||${DOT}*?[^\\\\\\n]\\|)`;
export const TABLE_PIPE_AT_START = new RegExp(`^${TABLE_PIPE_CHECK}`, 'mu');
export const TABLE_LINE = anchored(`${TABLE_PIPE_CHECK}${DOT}*?\\n`);
export const TABLE_START = anchored(`${OPT_SPACE}(?=${NOT_SPACE})${TABLE_PIPE_CHECK}${DOT}*?\\n`);

export const HTML_COMMENT = `<!--([^]*?)-->`;
export const HTML_INSTRUCTION = `<\\?([^]*?)\\?>`;
/** A start tag: its name, its attributes, a quote, and the `/` of an empty element (REXML's atomic groups kept). */
export const HTML_TAG = `<(?=(${NAME}))\\1${SPACE}*(?=((?:${SPACE}+${NAME}(?:${SPACE}*=${SPACE}*(?:${WORD}+|(["'])[^]*?\\3))?)*))\\2${SPACE}*(\\/)?>`;
export const HTML_TAG_CLOSE = `<\\/(${NAME})${SPACE}*>`;
export const HTML_ATTRIBUTE = new RegExp(
  `${SPACE}*(${NAME})(?:${SPACE}*=${SPACE}*(?:(${WORD}+)|(["'])([^]*?)\\3))?`,
  'gu',
);
export const HTML_ENTITY = '&([\\w:][\\-\\w.:]*);|&#(\\d+);|&#x([0-9a-fA-F]+);';
export const HTML_BLOCK_START = anchored(`${OPT_SPACE}<(?:${NAME}|!--|\\/)`);
/** A list item marker at the start of a line of text. */
export const LIST_STARTS_LINE = new RegExp(`^(?:${LIST_START_SOURCE})`, 'mu');
