// Character references the way kramdown reads them (kramdown/utils/entities.rb) and the way a browser reads the ones
// kramdown writes through unchanged.
import { characterEntitiesHtml4 } from 'character-entities-html4';
import { parseEntities } from 'parse-entities';

/** kramdown's table: HTML 4's entities and two more. */
const NAMED: Record<string, string> = { ...characterEntitiesHtml4, apos: "'", vellip: '\u22ee' };

/** What `&#128;` to `&#159;` stand for in kramdown's table (windows-1252), as in a browser. */
const WINDOWS_1252: Record<number, number> = {
  128: 8364,
  130: 8218,
  131: 402,
  132: 8222,
  133: 8230,
  134: 8224,
  135: 8225,
  136: 710,
  137: 8240,
  138: 352,
  139: 8249,
  140: 338,
  142: 381,
  145: 8216,
  146: 8217,
  147: 8220,
  148: 8221,
  149: 8226,
  150: 8211,
  151: 8212,
  152: 732,
  153: 8482,
  154: 353,
  155: 8250,
  156: 339,
  158: 382,
  159: 376,
};

/** The character of a named entity kramdown knows, or undefined. */
export function namedEntity(name: string): string | undefined {
  return Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
}

/**
 * The text kramdown's `&…;` stands for in the page: the character, or what a browser makes of the reference kramdown
 * copies through when it has no character for it (a code point out of range, a surrogate, NUL).
 */
export function numericEntity(codePoint: number, original: string): string {
  const mapped = WINDOWS_1252[codePoint] ?? codePoint;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return decodeReferences(original);
  return String.fromCodePoint(mapped);
}

/** REXML's REFERENCE_RE: what kramdown's HTML escaping leaves alone. */
const REFERENCE = /&(?:[\w:][-\w.:]*|#\d+|#x[0-9a-fA-F]+);/g;

/**
 * Text or an attribute value as a browser reads it once kramdown has written it: kramdown escapes `<`, `>` and a bare
 * `&` but copies references through, which the browser then decodes.
 */
export function decodeReferences(value: string, attribute = false): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (reference) => parseEntities(reference, { attribute }));
}
