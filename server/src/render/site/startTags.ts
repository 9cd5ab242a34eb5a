// The start tags of an HTML page, found as an HTML parser's tokenizer finds them (the WHATWG rules: comments, doctypes,
// bogus comments, attributes quoted or not, a `>` inside a quoted value), without building a tree: a page of the blog
// (47 KB) takes a fraction of a millisecond where a whole parse took tens. The text of `script` and `style` holds no
// tags; other elements' text is read for tags, as libxml2 (which Jekyll's plugins parse pages with, through Nokogiri)
// reads `textarea`, `title` and `noscript`. What a tree builder would add (a link cloned into the next paragraph, one
// dropped inside `select`) is not made up here: each tag in the text is found once.

export interface StartTag {
  /** Lowercased. */
  name: string;
  /** Where its `<` is. */
  start: number;
  /** Just after its `>`. */
  end: number;
  /** Ends with `/>` whose `/` is no part of an unquoted value. */
  selfClosing: boolean;
  /** The first of each name (as a parser keeps it; later ones are dropped), lowercased. */
  attributes: Map<string, TagAttribute>;
}

export interface TagAttribute {
  /** From the start of its name to the end of its value (its closing quote included), or of its name without one. */
  start: number;
  end: number;
  /** As written: character references not decoded. */
  value: string;
}

const TAB = 9;
const LINE_FEED = 10;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const EXCLAMATION = 33;
const DOUBLE_QUOTE = 34;
const APOSTROPHE = 39;
const HYPHEN = 45;
const SOLIDUS = 47;
const EQUALS = 61;
const GREATER_THAN = 62;
const QUESTION_MARK = 63;

/** Where the text of these elements ends: at their end tag, whatever it holds before. */
const RAW_TEXT_END = new Map([
  ['script', /<\/script[\t\n\f\r />]/gi],
  ['style', /<\/style[\t\n\f\r />]/gi],
]);

export function* startTags(html: string): Generator<StartTag> {
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at)) {
    const next = html.charCodeAt(at + 1);
    if (isAsciiLetter(next)) {
      const tag = readTag(html, at, at + 1);
      if (!tag) return;
      yield tag;
      at = tag.end;
      const rawTextEnd = RAW_TEXT_END.get(tag.name);
      if (rawTextEnd) at = endOfRawText(html, at, rawTextEnd);
    } else if (next === SOLIDUS) {
      const first = html.charCodeAt(at + 2);
      if (isAsciiLetter(first)) {
        const tag = readTag(html, at, at + 2);
        if (!tag) return;
        at = tag.end;
      } else at = first === GREATER_THAN ? at + 3 : after(html, '>', at + 2);
    } else if (next === EXCLAMATION) {
      // A doctype, and CDATA outside SVG and MathML, end at the first `>` as a bogus comment does.
      at = html.startsWith('--', at + 2) ? endOfComment(html, at + 4) : after(html, '>', at + 2);
    } else if (next === QUESTION_MARK) at = after(html, '>', at + 2);
    else at++;
  }
}

/** The tag whose `<` is at `start` and whose name starts at `from`; undefined when the page ends inside it. */
function readTag(html: string, start: number, from: number): StartTag | undefined {
  let at = from;
  while (at < html.length && !endsName(html.charCodeAt(at))) at++;
  const tag: StartTag = {
    name: html.slice(from, at).toLowerCase(),
    start,
    end: 0,
    selfClosing: false,
    attributes: new Map(),
  };
  for (;;) {
    at = skipSpace(html, at);
    if (at >= html.length) return undefined;
    const code = html.charCodeAt(at);
    if (code === GREATER_THAN) return Object.assign(tag, { end: at + 1 });
    if (code === SOLIDUS) {
      if (html.charCodeAt(at + 1) === GREATER_THAN) return Object.assign(tag, { end: at + 2, selfClosing: true });
      at++;
      continue;
    }
    at = readAttribute(html, at, tag.attributes);
    if (at < 0) return undefined;
  }
}

/** Reads the attribute whose name starts at `from` into `attributes`; where the tag goes on, or -1 at the page's end. */
function readAttribute(html: string, from: number, attributes: Map<string, TagAttribute>): number {
  // A name's first character may be `=`.
  let at = from + 1;
  while (at < html.length && !endsName(html.charCodeAt(at)) && html.charCodeAt(at) !== EQUALS) at++;
  const name = html.slice(from, at).toLowerCase();
  const attribute = { start: from, end: at, value: '' };
  if (!attributes.has(name)) attributes.set(name, attribute);
  const equals = skipSpace(html, at);
  if (html.charCodeAt(equals) !== EQUALS) return at;
  at = skipSpace(html, equals + 1);
  const quote = html.charCodeAt(at);
  if (quote === GREATER_THAN) return at;
  let valueEnd: number;
  if (quote === DOUBLE_QUOTE || quote === APOSTROPHE) {
    const close = html.indexOf(html[at], at + 1);
    if (close < 0) return -1;
    attribute.value = html.slice(at + 1, close);
    valueEnd = close + 1;
  } else {
    valueEnd = at;
    while (valueEnd < html.length && !isSpace(html.charCodeAt(valueEnd)) && html.charCodeAt(valueEnd) !== GREATER_THAN)
      valueEnd++;
    if (valueEnd >= html.length) return -1;
    attribute.value = html.slice(at, valueEnd);
  }
  attribute.end = valueEnd;
  return valueEnd;
}

/** Where a comment whose text starts at `from` ends: `-->`, `--!>`, or at once for `<!-->` and `<!--->`. */
function endOfComment(html: string, from: number): number {
  if (html.charCodeAt(from) === GREATER_THAN) return from + 1;
  if (html.charCodeAt(from) === HYPHEN && html.charCodeAt(from + 1) === GREATER_THAN) return from + 2;
  const closed = html.indexOf('-->', from);
  const banged = html.indexOf('--!>', from);
  if (banged >= 0 && (closed < 0 || banged < closed)) return banged + 4;
  return closed < 0 ? html.length : closed + 3;
}

function endOfRawText(html: string, from: number, end: RegExp): number {
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/** Just after the next `character` from `from`, or the page's end. */
function after(html: string, character: string, from: number): number {
  const found = html.indexOf(character, from);
  return found < 0 ? html.length : found + 1;
}

function skipSpace(html: string, from: number): number {
  let at = from;
  while (isSpace(html.charCodeAt(at))) at++;
  return at;
}

function isSpace(code: number): boolean {
  return code === SPACE || code === LINE_FEED || code === TAB || code === FORM_FEED || code === CARRIAGE_RETURN;
}

function endsName(code: number): boolean {
  return isSpace(code) || code === SOLIDUS || code === GREATER_THAN;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}
