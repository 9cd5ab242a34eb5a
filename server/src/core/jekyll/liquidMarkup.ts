// What Ruby Liquid 5.4 (in Jekyll's default `error_mode: warn`) refuses in a tag's markup: the lax syntax of each
// tag, the patterns of Liquid's own sources (lib/liquid/tags/*.rb) and Jekyll's (lib/jekyll/tags/*.rb) ported as they
// are. Whatever passes these is parsed, at worst with a "Liquid Warning", and does not stop the build.
import { strip } from '../rubyStrings';

/** Ruby's `\s`: ASCII whitespace only (JavaScript's also takes U+3000 and the like, which Korean text holds). */
const S = '[ \\t\\r\\n\\f\\v]';
const NOT_S = '[^ \\t\\r\\n\\f\\v]';
const QUOTED_STRING = `"[^"]*"|'[^']*'`;
const QUOTED_FRAGMENT = `${QUOTED_STRING}|(?:[^ \\t\\r\\n\\f\\v,|'"]|${QUOTED_STRING})+`;
const VARIABLE_SIGNATURE = '\\(?[\\w\\-.\\[\\]]\\)?';
const VARIABLE_SEGMENT = '[\\w-]';

const IF_SYNTAX = new RegExp(`(${QUOTED_FRAGMENT})${S}*([=!<>a-z_]+)?${S}*(${QUOTED_FRAGMENT})?`);
const AND_OR = `\\b(?:${S}?and${S}?|${S}?or${S}?)\\b`;
const EXPRESSIONS_AND_OPERATORS = new RegExp(
  `(?:${AND_OR}|(?:${S}*(?!${AND_OR})(?:${QUOTED_FRAGMENT}|${NOT_S}+)${S}*)+)`,
  'g',
);
const FOR_SYNTAX = new RegExp(`^(${VARIABLE_SEGMENT}+)${S}+in${S}+((?:${QUOTED_FRAGMENT})+)${S}*(reversed)?`);
const ANY_FRAGMENT = new RegExp(`(${QUOTED_FRAGMENT})`);
const ASSIGN_SYNTAX = new RegExp(`((?:${VARIABLE_SIGNATURE})+)${S}*=${S}*([^]*)${S}*`);
const CAPTURE_SYNTAX = new RegExp(`((?:${VARIABLE_SIGNATURE})+)`);
const CYCLE_SYNTAX = new RegExp(`^(?:(?:${QUOTED_FRAGMENT})${S}*:|(?:${QUOTED_FRAGMENT})+)`);
const TABLEROW_SYNTAX = new RegExp(`(\\w+)${S}+in${S}+((?:${QUOTED_FRAGMENT})+)`);
const RENDER_SYNTAX = new RegExp(`((?:${QUOTED_STRING})+)`);
const BLANK = new RegExp(`^${S}*$`);
const INLINE_COMMENT_LINE = new RegExp(`\\n${S}*[^#${S.slice(1, -1)}]`);

// Jekyll's tags.
const INCLUDE_PARAMETER = `[\\w-]+${S}*=${S}*(?:"[^"\\\\]*(?:\\\\.[^"\\\\]*)*"|'[^'\\\\]*(?:\\\\.[^'\\\\]*)*'|[\\w.-]+)`;
const INCLUDE_PARAMETERS = new RegExp(`^${S}*(?:${INCLUDE_PARAMETER}(?=${S}|$)${S}*)*$`);
const INCLUDE_VARIABLE = new RegExp(
  `([^{]*(?:\\{\\{${S}*[\\w\\-.]+${S}*(?:\\|[^]*)?\\}\\}[^ \\t\\r\\n\\f\\v{}]*)+)([^]*)`,
);
const HIGHLIGHT_SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/m;

const INCLUDE_EXAMPLE = "{% include file.ext param='value' param2='value' %}";

/** Each tag's markup check (true when Liquid parses it) and the message Liquid raises when it does not. */
const IF_CHECK = [conditionParses, "Syntax Error in tag 'if' - Valid syntax: if [expression]"] as const;
const MARKUP_CHECKS: Readonly<Record<string, readonly [(markup: string) => boolean, string]>> = {
  if: IF_CHECK,
  elsif: IF_CHECK,
  unless: IF_CHECK,
  for: [matches(FOR_SYNTAX), "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]"],
  case: [matches(ANY_FRAGMENT), "Syntax Error in 'case' - Valid syntax: case [condition]"],
  when: [
    matches(ANY_FRAGMENT),
    "Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}",
  ],
  assign: [matches(ASSIGN_SYNTAX), "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"],
  capture: [matches(CAPTURE_SYNTAX), "Syntax Error in 'capture' - Valid syntax: capture [var]"],
  cycle: [matches(CYCLE_SYNTAX), "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]"],
  tablerow: [
    matches(TABLEROW_SYNTAX),
    "Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3",
  ],
  raw: [matches(BLANK), "Syntax Error in 'raw' - Valid syntax: raw"],
  render: [matches(RENDER_SYNTAX), "Syntax error in tag 'render' - Template name must be a quoted string"],
  '#': [
    (markup) => !INLINE_COMMENT_LINE.test(markup),
    "Syntax error in tag '#' - Each line of comments must be prefixed by the '#' character",
  ],
};

function matches(pattern: RegExp): (markup: string) => boolean {
  return (markup) => pattern.test(markup);
}

/** The message Liquid raises for the markup of a tag (or an `elsif`/`when`/`else` inside its block); undefined when it parses. */
export function markupError(tag: string, markup: string): string | undefined {
  const check = Object.hasOwn(MARKUP_CHECKS, tag) ? MARKUP_CHECKS[tag] : undefined;
  return !check || check[0](markup) ? undefined : check[1];
}

/** `else` in a `case` takes no markup. */
export function caseElseError(markup: string): string | undefined {
  return strip(markup) ? "Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) " : undefined;
}

/** Liquid's `If#lax_parse`: the expressions and `and`/`or` between them, read from the end. */
function conditionParses(markup: string): boolean {
  const expressions = markup.match(EXPRESSIONS_AND_OPERATORS) ?? [];
  if (!IF_SYNTAX.test(expressions.pop() ?? '')) return false;
  while (expressions.length) {
    const operator = strip(expressions.pop()!);
    if (!IF_SYNTAX.test(expressions.pop() ?? '')) return false;
    if (operator !== 'and' && operator !== 'or') return false;
  }
  return true;
}

/** Jekyll's `highlight` checks its markup when the post is parsed (a Ruby error, so without Liquid's line). */
export function highlightError(markup: string): string | undefined {
  if (HIGHLIGHT_SYNTAX.test(strip(markup))) return undefined;
  return `Syntax Error in tag 'highlight' while parsing the following markup:\n\n${markup}\n\nValid syntax: highlight <lang> [linenos]`;
}

export interface IncludeMarkup {
  /** The file as written; undefined when Liquid computes it (`{% include {{ page.figure }} %}`). */
  file?: string;
  /** The parameters, when they do not parse: Jekyll refuses the tag when the post is parsed. */
  badParameters?: string;
}

/** Jekyll's `IncludeTag#initialize`: the file and its parameters. */
export function includeMarkup(markup: string): IncludeMarkup {
  const stripped = strip(markup);
  const variable = INCLUDE_VARIABLE.exec(stripped);
  const [file, parameters] = variable
    ? [undefined, strip(variable[2])]
    : (() => {
        const split = /^([^ \t\r\n\f\v]*)[ \t\r\n\f\v]+([^]*)$/.exec(stripped);
        return split ? [split[1], split[2]] : [stripped, undefined];
      })();
  const bad = parameters !== undefined && !INCLUDE_PARAMETERS.test(parameters);
  return { file: file || undefined, badParameters: bad ? parameters : undefined };
}

export function includeParametersError(parameters: string): string {
  return `Invalid syntax for include tag:\n\n${parameters}\n\nValid syntax:\n\n${INCLUDE_EXAMPLE}\n\n`;
}

const INVALID_SEQUENCES = /[./]{2,}/;
const VALID_FILENAME_CHARS = /^[\w/.\-()+~#@]+$/m;

/** Jekyll's `validate_file_name`, when the include renders. */
export function includeFileNameError(file: string): string | undefined {
  if (!INVALID_SEQUENCES.test(file) && VALID_FILENAME_CHARS.test(file)) return undefined;
  return `Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  ${file}\n\nValid syntax:\n\n  ${INCLUDE_EXAMPLE}\n\n`;
}
