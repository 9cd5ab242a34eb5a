// Heading ids the way kramdown's GFM parser makes them (generate_gfm_header_id): the heading's text lowercased,
// everything but word characters, hyphens, spaces and tabs removed, spaces and tabs turned into hyphens, and
// `-1`, `-2`, … added to repeats. Runs after the inline pass, on the text as kramdown writes it.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

const NOT_ID_CHARACTER = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- \t]/gu;

/** kramdown's `auto_id_prefix` goes before every id. */
export function kramdownHeadingIds(prefix: string) {
  return (tree: Root): void => {
    const seen = new Map<string, number>();
    const assign = (heading: Heading) => {
      const base = toString(heading, { includeImageAlt: false }).toLowerCase().replace(NOT_ID_CHARACTER, '').replace(/[ \t]/g, '-');
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      const id = prefix + (count > 0 ? `${base}-${count}` : base);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    };
    visit(tree, 'heading', assign);
  };
}
