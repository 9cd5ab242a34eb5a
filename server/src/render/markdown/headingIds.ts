// Heading ids the way kramdown's GFM parser makes them (generate_gfm_header_id): the heading's text lowercased,
// everything but word characters, hyphens, spaces and tabs removed, spaces and tabs turned into hyphens, and
// `-1`, `-2`, … added to repeats. Runs after the inline pass, on the text as kramdown writes it. A post rendered in
// parts carries the counts from one part to the next (`file.data.headingIds`) and learns each part's bases.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './visit';
import type { VFile } from 'vfile';

/** How often each base id has been given so far in the post. */
export type HeadingIdCounts = Map<string, number>;

const NOT_ID_CHARACTER = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- \t]/gu;

/** kramdown's `auto_id_prefix` goes before every id. */
export function kramdownHeadingIds(prefix: string) {
  return (tree: Root, file: VFile): void => {
    const seen = file.data.headingIds ?? new Map();
    const bases: string[] = (file.data.headingBases = []);
    const assign = (heading: Heading) => {
      const base = toString(heading, { includeImageAlt: false })
        .toLowerCase()
        .replace(NOT_ID_CHARACTER, '')
        .replace(/[ \t]/g, '-');
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      bases.push(base);
      const id = prefix + (count > 0 ? `${base}-${count}` : base);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    };
    visit(tree, 'heading', assign);
  };
}
