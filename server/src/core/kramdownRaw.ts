// What kramdown reads as raw text though CommonMark would find headings in it: the body of a `{::comment}` or
// `{::nomarkdown}` extension block, and a block-level HTML element written without `markdown="1"` (kramdown reads
// its content as HTML up to the matching end tag, blank lines included). Only closed ones: kramdown keeps an
// extension without its stop tag as text, and an element without its end tag runs to the end of the post.
import { span, type Span } from './span';

const EXTENSION_START = /^ {0,3}\{::(comment|nomarkdown)(?:[ \t](?:\\\}|[^}\n])*?|)\}[ \t]*$/gm;
const EXTENSION_STOP = /^ {0,3}\{:\/(\w[\w-]*)?\}[ \t]*$/gm;
const HTML_TAG = /<(\/?)([A-Za-z][\w.:-]*)(?=[\s/>])([^>]*)>/g;
/** kramdown's span-level and empty elements: a line starting with one is a paragraph, its content parsed. */
const NOT_RAW_BLOCKS = new Set(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var area base col command embed hr keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** `markdown="1"`, `"block"` or `"span"`: the content is parsed after all. */
const PARSED_CONTENT = /\bmarkdown\s*=\s*["']?(?:1|block|span)\b/;

/** The raw regions of `text`, each from its start line to the end of its stop or end tag. */
export function kramdownRawRegions(text: string): Span[] {
  if (!text.includes('{::') && !/^ {0,3}</m.test(text)) return [];
  return [...extensionRegions(text), ...htmlRegions(text)];
}

function extensionRegions(text: string): Span[] {
  if (!text.includes('{::')) return [];
  /** The stop tags by the name they close (`''` for `{:/}`), in order. */
  const stops = new Map<string, Span[]>();
  for (const stop of text.matchAll(EXTENSION_STOP)) {
    const list = stops.get(stop[1] ?? '') ?? [];
    list.push(span(stop.index, stop.index + stop[0].length));
    stops.set(stop[1] ?? '', list);
  }
  return [...text.matchAll(EXTENSION_START)].flatMap((start) => {
    const ends = [firstAfter(stops.get(start[1]), start.index), firstAfter(stops.get(''), start.index)];
    const end = Math.min(...ends.map((stop) => stop?.end ?? Infinity));
    return end === Infinity ? [] : [span(start.index, end)];
  });
}

/** The first of the ordered spans that starts after `offset`. */
function firstAfter(spans: Span[] | undefined, offset: number): Span | undefined {
  if (!spans) return undefined;
  let [low, high] = [0, spans.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start > offset) high = middle;
    else low = middle + 1;
  }
  return spans[low];
}

/** Elements opened at a line start and closed by their matching end tag, nested ones of the same name counted. */
function htmlRegions(text: string): Span[] {
  const open = new Map<string, { start: number; raw: boolean }[]>();
  const regions: Span[] = [];
  for (const tag of text.matchAll(HTML_TAG)) {
    const name = tag[2].toLowerCase();
    if (NOT_RAW_BLOCKS.has(name) || tag[3].endsWith('/')) continue;
    const stack = open.get(name) ?? [];
    open.set(name, stack);
    if (!tag[1]) stack.push({ start: tag.index, raw: atLineStart(text, tag.index) && !PARSED_CONTENT.test(tag[3]) });
    else {
      const opening = stack.pop();
      if (opening?.raw) regions.push(span(opening.start, tag.index + tag[0].length));
    }
  }
  return regions;
}

/** Preceded on its line by at most three spaces. */
function atLineStart(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return index - lineStart <= 3 && /^ *$/.test(text.slice(lineStart, index));
}

/** Whether a raw region of `text` holds a line that CommonMark could read as a heading. */
export function rawRegionHidesHeadings(text: string): boolean {
  return kramdownRawRegions(text).some((region) => /\n {0,3}#/.test(text.slice(region.start, region.end)));
}

/** Whether `offset` lies inside one of the regions. */
export function inRegion(regions: Span[], offset: number): boolean {
  return regions.some((region) => offset > region.start && offset < region.end);
}

/** kramdown's header id written after a header's text: ` {#id}`. */
export const HEADER_ID = /[\t ]\{#[:A-Z_a-z\u00C0-\uFFFD][-.:\w\u00B7\u00C0-\uFFFD]*\}[\t ]*$/;
