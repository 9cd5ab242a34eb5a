// A post's content read the way Ruby Liquid 5.4 parses it for Jekyll: the same tokens (its `TemplateParser` split,
// which decides where a tag ends, and so every position below), the same blocks, the same errors with the same words.
// liquidjs, which the preview renders with, tokenizes differently (`{{ x }` then a later `}}` is one output to it, an
// error to Ruby; a comment's body is not parsed by it, and is by Ruby), so it cannot say what Jekyll refuses.
// Where Ruby raises only the first error, every error is reported: after one, the token is read as text and the
// reading goes on, as the build would once that one is mended.
import type { Span } from '../span';
import { caseElseError, highlightError, includeMarkup, includeParametersError, markupError } from './liquidMarkup';
import type { TagTable } from './liquidTags';

/** `BlockBody::FullToken`. */
const FULL_TOKEN = /^\{%-?([ \t\r\n\f\v]*)(#|\w+)([ \t\r\n\f\v]*)([^]*?)-?%\}$/;
/** `BlockBody::ContentOfVariable`. */
const CONTENT_OF_VARIABLE = /^\{\{-?([^]*?)-?\}\}$/;
/** `Raw::FullTokenPossiblyInvalid`: no whitespace control here, so `{%- endraw %}` does not end a raw block. */
const RAW_END = /^[^]*\{%[ \t\r\n\f\v]*(\w+)[ \t\r\n\f\v]*[^]*%\}$/;

/**
 * How many errors and outputs a post's reading keeps: Jekyll stops at the first error, and a language model repeating
 * `{{` thousands of times would otherwise cost a finding (and a fix) each, in the server's thread.
 */
export const MAX_ERRORS = 100;
const MAX_OUTPUTS = 500;
/** `Liquid::Block::MAX_DEPTH`: one more block inside as many stops the build. */
const MAX_DEPTH = 100;

/** `{%- endraw %}`: what its author meant as the end of a raw block. */
const TRIMMED_RAW_END = /^\{%-\s*endraw\b/;

/** Blocks whose body holds tags of their own between the opening and the end tag. */
const INTERMEDIATE_TAGS: Readonly<Record<string, readonly string[]>> = {
  if: ['elsif', 'else'],
  unless: ['elsif', 'else'],
  case: ['when', 'else'],
  for: ['else'],
};

export type LiquidErrorKind =
  | 'unterminatedOutput'
  | 'unterminatedTag'
  | 'unknownTag'
  | 'outerTag'
  | 'unexpectedElse'
  | 'wrongEnd'
  | 'neverClosed'
  | 'badMarkup'
  | 'tooDeep'
  /** A tag Jekyll's excerpt adds an end tag for where no block of it is open (it is in a raw block or a comment). */
  | 'closedInExcerpt'
  /** `{% render %}`, which fails as it renders: Jekyll gives Liquid no file system to read the template from. */
  | 'renderTag';

export interface LiquidError {
  kind: LiquidErrorKind;
  /** Where Jekyll reads the error: the token (for a block never closed, its opening tag). */
  span: Span;
  /** What to keep as text for the post to build as written: an opener, the token, or a whole block. */
  literal: Span;
  /** The tag's name, for tag errors. */
  tag?: string;
  /** What `jekyll build` prints after `Liquid Exception:` (without the file). */
  jekyllMessage: string;
  /** Raised by the post's excerpt only, which Jekyll renders apart. */
  inExcerpt?: true;
  /**
   * The edit that mends it as its author meant, where there is one: `{%- endraw %}`, which Liquid 5.4 does not read as
   * the end of a raw block, written `{% endraw %}`.
   */
  mend?: { span: Span; newText: string };
}

/** A `{{ … }}` the page prints (not in a comment). */
export interface LiquidOutput {
  span: Span;
  markup: string;
  /** Inside a `capture`: its text goes to a variable, not to the page. */
  captured: boolean;
}

/** A tag that renders (not in a comment), with its markup; for a block, its span may run to its end tag. */
export interface LiquidTagUse {
  name: string;
  markup: string;
  span: Span;
}

export interface LiquidReading {
  errors: LiquidError[];
  outputs: LiquidOutput[];
  tags: LiquidTagUse[];
  /** Each `{% raw %}…{% endraw %}`, its tags included. */
  rawBlocks: Span[];
  /** The other blocks that render (not in a comment), from their opening tag to their end tag. */
  blocks: LiquidTagUse[];
}

interface Token {
  kind: 'text' | 'tag' | 'output';
  text: string;
  /** Offset in the content. */
  start: number;
  /** Ruby's line of the token: 1 + the line breaks before it. */
  line: number;
}

interface Frame {
  name: string;
  markup: string;
  opener: Token;
  /** Opened inside a comment: it renders nothing. */
  commented: boolean;
  /** The error its opening tag raised, whose literal grows to the end tag. */
  openerError?: LiquidError;
}

/**
 * Reads `content` (what Jekyll renders: the file after its front matter) as Ruby Liquid parses it, with the site's
 * tags. Spans are offsets in the file: `offset` is where the content starts.
 */
export function readLiquid(content: string, offset: number, tags: TagTable): LiquidReading {
  return new LiquidParse(content, offset, tags).read();
}

class LiquidParse {
  private readonly tokens: Token[];
  private next = 0;
  private readonly stack: Frame[] = [];
  /** Set when Liquid gives up on the whole post (blocks nested too deep). */
  private stopped = false;
  private readonly reading: LiquidReading = { errors: [], outputs: [], tags: [], rawBlocks: [], blocks: [] };

  constructor(
    private readonly content: string,
    private readonly offset: number,
    private readonly tagTable: TagTable,
  ) {
    this.tokens = tokenize(content);
  }

  read(): LiquidReading {
    while (this.next < this.tokens.length && this.reading.errors.length < MAX_ERRORS && !this.stopped)
      this.token(this.tokens[this.next++]);
    if (this.reading.errors.length >= MAX_ERRORS || this.stopped) return this.reading;
    const lastLine = 1 + countBreaks(this.content);
    for (const frame of this.stack.reverse().slice(0, MAX_ERRORS - this.reading.errors.length)) {
      if (frame.openerError) continue;
      const span = this.spanOf(frame.opener);
      this.error('neverClosed', span, span, lastLine, `'${frame.name}' tag was never closed`, frame.name);
    }
    this.reading.errors.sort((a, b) => a.span.start - b.span.start);
    return this.reading;
  }

  private token(token: Token): void {
    if (token.kind === 'output') return this.output(token);
    if (token.kind === 'text') return;
    const full = FULL_TOKEN.exec(token.text);
    const span = this.spanOf(token);
    if (!full)
      return void this.error(
        'unterminatedTag',
        span,
        openerOf(span),
        token.line,
        `Tag '${token.text}' was not properly terminated with regexp: /\\%\\}/`,
      );
    const [, before, name, after, markup] = full;
    const line = token.line + countBreaks(before) + countBreaks(after);
    // The `liquid` tag's lines are tags of their own; they are not read.
    if (name === 'liquid') return;
    const kind = this.tagTable[name];
    if (kind) this.knownTag(token, name, markup, kind, line);
    else this.unknownTag(token, name, markup, line);
  }

  private output(token: Token): void {
    const span = this.spanOf(token);
    const content = CONTENT_OF_VARIABLE.exec(token.text);
    if (!content)
      return void this.error(
        'unterminatedOutput',
        span,
        openerOf(span),
        token.line,
        `Variable '${token.text}' was not properly terminated with regexp: /\\}\\}/`,
      );
    if (!this.inside('comment') && this.reading.outputs.length < MAX_OUTPUTS)
      this.reading.outputs.push({ span, markup: content[1], captured: this.inside('capture') });
  }

  private knownTag(token: Token, name: string, markup: string, kind: 'tag' | 'block', line: number): void {
    const span = this.spanOf(token);
    const openerError = this.markupError(name, markup, span, line);
    if (!this.inside('comment')) this.reading.tags.push({ name, markup, span });
    if (name === 'render' && !openerError && !this.inside('comment'))
      this.error('renderTag', span, span, line, 'This liquid context does not allow includes.', name);
    if (kind === 'tag') return;
    if (name === 'raw') return this.raw(token, line, openerError);
    if (this.stack.length >= MAX_DEPTH) {
      this.stopped = true;
      return void this.error('tooDeep', span, span, undefined, 'Liquid error: Nesting too deep', name);
    }
    this.stack.push({ name, markup, opener: token, openerError, commented: this.inside('comment') });
  }

  /** Ruby's raw block takes tokens up to one that ends in `{% endraw %}`, whatever they hold. */
  private raw(opener: Token, line: number, openerError: LiquidError | undefined): void {
    let trimmedEnd: Token | undefined;
    while (this.next < this.tokens.length) {
      const token = this.tokens[this.next++];
      if (token.kind !== 'text' && RAW_END.exec(token.text)?.[1] === 'endraw') {
        if (openerError) openerError.literal = { ...openerError.literal, end: this.spanOf(token).end };
        else this.reading.rawBlocks.push({ start: this.spanOf(opener).start, end: this.spanOf(token).end });
        return;
      }
      if (token.kind === 'tag' && TRIMMED_RAW_END.test(token.text)) trimmedEnd ??= token;
    }
    if (openerError) return;
    const span = this.spanOf(opener);
    const error = this.error('neverClosed', span, span, line, "'raw' tag was never closed", 'raw');
    if (trimmedEnd) {
      const start = this.spanOf(trimmedEnd).start;
      error.mend = { span: { start, end: start + 3 }, newText: '{%' };
    }
  }

  /** A tag the site does not register: an end tag or an intermediate tag of the block it is in, else an error. */
  private unknownTag(token: Token, name: string, markup: string, line: number): void {
    const span = this.spanOf(token);
    const frame = this.stack.at(-1);
    if (!frame) {
      const outer = name === 'else' || name === 'end';
      const message = outer ? `Unexpected outer '${name}' tag` : `Unknown tag '${name}'`;
      return void this.error(outer ? 'outerTag' : 'unknownTag', span, span, line, message, name);
    }
    if (name === `end${frame.name}`) return this.close(token);
    if (frame.name === 'comment') return;
    if (INTERMEDIATE_TAGS[frame.name]?.includes(name)) {
      const message = frame.name === 'case' && name === 'else' ? caseElseError(markup) : markupError(name, markup);
      if (message) this.error('badMarkup', span, span, line, message, name);
      return;
    }
    if (name === 'else')
      return void this.error('unexpectedElse', span, span, line, `${frame.name} tag does not expect 'else' tag`, name);
    if (!name.startsWith('end')) return void this.error('unknownTag', span, span, line, `Unknown tag '${name}'`, name);
    // An end tag of an outer block leaves the inner one unclosed: that one is to keep as text.
    const outer = this.stack.map((open) => `end${open.name}`).lastIndexOf(name);
    const message = `'${name}' is not a valid delimiter for ${frame.name} tags. use end${frame.name}`;
    this.error('wrongEnd', span, outer < 0 ? span : this.spanOf(frame.opener), line, message, name);
    if (outer >= 0) this.stack.splice(outer);
  }

  private close(endTag: Token): void {
    const frame = this.stack.pop()!;
    const span = { start: this.spanOf(frame.opener).start, end: this.spanOf(endTag).end };
    if (frame.openerError) frame.openerError.literal = { ...frame.openerError.literal, end: span.end };
    else if (!frame.commented) this.reading.blocks.push({ name: frame.name, markup: frame.markup, span });
  }

  /** The error the tag's markup raises when the post is parsed. */
  private markupError(name: string, markup: string, span: Span, line: number): LiquidError | undefined {
    if (name === 'highlight') {
      const message = highlightError(markup);
      return message ? this.error('badMarkup', span, span, undefined, message, name) : undefined;
    }
    if (name === 'include') {
      const { badParameters } = includeMarkup(markup);
      return badParameters !== undefined
        ? this.error('badMarkup', span, span, undefined, includeParametersError(badParameters), name)
        : undefined;
    }
    const message = markupError(name, markup);
    return message ? this.error('badMarkup', span, span, line, message, name) : undefined;
  }

  /**
   * Records an error; `line` is Liquid's, for its own errors (Jekyll's tags raise theirs without one), which are syntax
   * errors but for what a tag raises as it renders.
   */
  private error(
    kind: LiquidErrorKind,
    span: Span,
    literal: Span,
    line: number | undefined,
    message: string,
    tag?: string,
  ): LiquidError {
    const liquidError = kind === 'renderTag' ? 'Liquid error' : 'Liquid syntax error';
    const jekyllMessage = line === undefined ? message : `${liquidError} (line ${line}): ${message}`;
    const error = { kind, span, literal, tag, jekyllMessage: jekyllMessage.replace(/\s+/g, ' ').trim() };
    this.reading.errors.push(error);
    return error;
  }

  private inside(name: string): boolean {
    return this.stack.some((frame) => frame.name === name);
  }

  private spanOf(token: Token): Span {
    return { start: this.offset + token.start, end: this.offset + token.start + token.text.length };
  }
}

/**
 * The `{{` or `{%` of a token that does not end as it should: kept as text, the rest of the token is read anew, so a
 * tag it swallowed (up to its first `}` or `%}`) is a tag again.
 */
function openerOf(span: Span): Span {
  return { start: span.start, end: span.start + 2 };
}

/**
 * `Liquid::Tokenizer`: the text split by `TemplateParser` (`{%.*?%}|{{.*?}}?|{%|{{`), each part with its line. Written
 * out rather than run as that pattern, whose lazy runs make a post of openers never closed cost quadratic time: the
 * next `%}` and `}` are found once each, moving forward only.
 */
function tokenize(content: string): Token[] {
  const tokens: Token[] = [];
  const tagEnd = new NextIndex(content, '%}');
  const outputEnd = new NextIndex(content, '}');
  let line = 1;
  let at = 0;
  const push = (kind: Token['kind'], start: number, end: number) => {
    const text = content.slice(start, end);
    tokens.push({ kind, text, start, line });
    line += countBreaks(text);
  };
  for (
    let open = content.indexOf('{', at);
    open >= 0 && open < content.length - 1;
    open = content.indexOf('{', open + 1)
  ) {
    const second = content[open + 1];
    if (second !== '%' && second !== '{') continue;
    if (open > at) push('text', at, open);
    let end: number;
    if (second === '%') {
      const close = tagEnd.from(open + 2);
      end = close < 0 ? open + 2 : close + 2;
    } else {
      const close = outputEnd.from(open + 2);
      end = close < 0 ? open + 2 : content[close + 1] === '}' ? close + 2 : close + 1;
    }
    push(second === '%' ? 'tag' : 'output', open, end);
    at = end;
    open = end - 1;
  }
  if (at < content.length) push('text', at, content.length);
  return tokens;
}

/** The first place of `needle` at or after a position that only grows: each search starts where the last one ended. */
class NextIndex {
  private found = -1;
  private searchedFrom = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(position: number): number {
    if (this.searchedFrom < 0 || (this.found >= 0 && this.found < position)) {
      this.found = this.text.indexOf(this.needle, position);
      this.searchedFrom = position;
    }
    return this.found;
  }
}

function countBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
