import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export interface ParsedMarkdown {
  root: Root;
  /** 1 when the text starts with a byte order mark, which the parser drops: add it to every node offset. */
  offsetShift: number;
}

/** The mdast tree of a post (CommonMark + YAML front matter), the one structure every feature reads. */
export function parseMarkdown(text: string): ParsedMarkdown {
  const offsetShift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { root: processor.parse(offsetShift ? text.slice(1) : text), offsetShift };
}
