// Header ids the way Jekyll's kramdown makes them. The GFM parser's (generate_gfm_header_id): the header's text
// lowercased, everything but word characters, hyphens, spaces and tabs removed, spaces and tabs turned into hyphens,
// and `-1`, `-2`, … added to repeats. The HTML converter's, for headers the parser leaves without one (inside HTML
// elements and footnotes): ASCII letters, digits, spaces and hyphens from the first letter on, or `section`. A post
// rendered in parts carries the counts from one part to the next.

/** How often each base id has been given so far in the post (the converter's under a NUL-prefixed key). */
export type HeadingIdCounts = Map<string, number>;

const NOT_ID_CHARACTER = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- \t]/gu;
const CONVERTER_KEY = '\u0000';

export class HeadingIds {
  /** The base ids given, in order, as keys of the counts. */
  readonly bases: string[] = [];

  constructor(private readonly counts: HeadingIdCounts = new Map()) {}

  /** The GFM parser's id for a header's text. */
  gfm(text: string, prefix: string): string {
    const base = text.toLowerCase().replace(NOT_ID_CHARACTER, '').replace(/[ \t]/g, '-');
    return prefix + this.numbered(base, base);
  }

  /** The HTML converter's id for a header's text. */
  converter(text: string, prefix: string): string {
    const base = basicId(text) || 'section';
    return prefix + this.numbered(CONVERTER_KEY + base, base);
  }

  private numbered(key: string, base: string): string {
    const count = this.counts.get(key) ?? 0;
    this.counts.set(key, count + 1);
    this.bases.push(key);
    return count > 0 ? `${base}-${count}` : base;
  }
}

/** kramdown's basic_generate_id: from the first ASCII letter on, letters, digits, spaces and hyphens, spaces as hyphens. */
export function basicId(text: string): string {
  return text
    .replace(/^[^a-zA-Z]+/gm, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase();
}
