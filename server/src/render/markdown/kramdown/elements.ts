// The element tree kramdown's parser builds (kramdown/element.rb), which the converter turns into HTML.
import type { QuoteKind } from './smartQuotes';

export type ElementType =
  | 'root'
  | 'blank'
  | 'eob'
  | 'p'
  | 'header'
  | 'blockquote'
  | 'codeblock'
  | 'hr'
  | 'ul'
  | 'ol'
  | 'li'
  | 'dl'
  | 'dt'
  | 'dd'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tfoot'
  | 'tr'
  | 'td'
  | 'math'
  | 'html_element'
  | 'xml_comment'
  | 'xml_pi'
  | 'comment'
  | 'raw'
  | 'raw_text'
  | 'text'
  | 'a'
  | 'img'
  | 'br'
  | 'codespan'
  | 'footnote'
  | 'footnote_def'
  | 'em'
  | 'strong'
  | 'entity'
  | 'typographic_sym'
  | 'smart_quote'
  | 'abbreviation'
  | 'temp';

export type TypographicSymbol = 'mdash' | 'ndash' | 'hellip' | 'laquo_space' | 'raquo_space' | 'laquo' | 'raquo';

/** What kramdown writes for each typographic symbol. */
export const TYPOGRAPHIC_CHARACTERS: Record<TypographicSymbol, string> = {
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo_space: '«\u00a0',
  raquo_space: '\u00a0»',
  laquo: '«',
  raquo: '»',
};

/** An inline attribute list: attributes, and the names of attribute list definitions it refers to. */
export interface Ial {
  attributes: Record<string, string>;
  refs: string[];
}

export type ContentModel = 'raw' | 'span' | 'block';
export type Alignment = 'default' | 'left' | 'right' | 'center';

export interface Element {
  type: ElementType;
  /** Text of text-like elements, a tag name, a code or math body, an `eob`'s kind. */
  value?: string;
  attr: Record<string, string>;
  children: Element[];
  /** The line of the post the element starts on. */
  line?: number;
  ial?: Ial;
  /** A paragraph written without `<p>` (the first one of a list item or definition). */
  transparent?: boolean;
  category?: 'block' | 'span';
  contentModel?: ContentModel;
  isClosed?: boolean;
  /** A header's level. */
  level?: number;
  /** The text an id is made from (headers and definition terms). */
  rawText?: string;
  /** A fenced code block's language as written (with any `?` options). */
  lang?: string;
  /** A footnote marker's definition and name. */
  footnote?: { content: Element; name: string };
  firstAsPara?: boolean;
  alignment?: Alignment[];
  /** A `{::nomarkdown type="…"}` block's output formats. */
  rawTypes?: string[];
  /** An entity's text and how it was written. */
  original?: string;
  quote?: QuoteKind;
  symbol?: TypographicSymbol;
}

export function element(type: ElementType, value?: string, line?: number): Element {
  return { type, value, attr: Object.create(null) as Record<string, string>, children: [], line };
}

export function isBlock(el: Element): boolean {
  return BLOCK_TYPES.has(el.type) || (!SPAN_TYPES.has(el.type) && el.category === 'block');
}

const BLOCK_TYPES = new Set<ElementType>([
  'blank',
  'p',
  'header',
  'blockquote',
  'codeblock',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'td',
  'hr',
]);
const SPAN_TYPES = new Set<ElementType>([
  'text',
  'a',
  'br',
  'img',
  'codespan',
  'footnote',
  'em',
  'strong',
  'entity',
  'typographic_sym',
  'smart_quote',
  'abbreviation',
]);
