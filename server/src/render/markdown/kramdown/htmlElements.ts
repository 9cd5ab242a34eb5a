// kramdown's own tables of HTML elements (kramdown/parser/html.rb): which are span-level, which block-level, which
// have no content, and how the content of each is read (markdown blocks, markdown spans, or raw HTML).
import type { ContentModel } from './elements';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Span-level elements: a line starting with one of them is a paragraph, not an HTML block. */
export const SPAN_ELEMENTS = words(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var',
);

/** Block-level elements: inside a paragraph their tags stay visible as text. */
export const BLOCK_ELEMENTS = words(
  'address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul',
);

/** Elements that never have content. */
export const VOID_ELEMENTS = words(
  'area base br col command embed hr img input keygen link meta param source track wbr',
);

const BLOCK_CONTENT = words(
  'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td',
);
const SPAN_CONTENT = words(
  'a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt',
);
const RAW_CONTENT = words('script style math option textarea pre code kbd samp var');

const KNOWN = new Set([
  ...SPAN_ELEMENTS,
  ...BLOCK_ELEMENTS,
  ...VOID_ELEMENTS,
  ...BLOCK_CONTENT,
  ...SPAN_CONTENT,
  ...RAW_CONTENT,
]);

/** kramdown lowercases the names of elements it knows and keeps the spelling of all others (`<Parallel>`). */
export function kramdownTagName(name: string): string {
  const lower = name.toLowerCase();
  return KNOWN.has(lower) ? lower : name;
}

export function isKnownElement(name: string): boolean {
  return KNOWN.has(name);
}

/** How kramdown reads an element's content when told to parse it; unknown elements hold raw HTML. */
export function contentModel(name: string): ContentModel {
  if (BLOCK_CONTENT.has(name)) return 'block';
  if (SPAN_CONTENT.has(name)) return 'span';
  return 'raw';
}
