import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/**
 * markdown-it's CommonMark block parser, used only to find where top-level headings are: it is some twenty times
 * faster than a full parse, and block structure (code fences, HTML blocks, lists) is all that decides it.
 */
const blockParser = new MarkdownIt('commonmark');

export interface HeadingSkeleton {
  /** The front matter lines, then the lines of each top-level heading that may be a paper's, separated by blank lines. */
  text: string;
  /** For each line of `text`, the line of the post it was copied from (-1 for the separating blank lines). */
  sourceLines: number[];
}

const FENCE = /^---[ \t]*$/;
/** Line endings as remark counts them. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The parts of a post the workspace index reads (front matter and top-level headings), kept verbatim line by line,
 * so that parsing the skeleton gives the same headings as parsing the whole post, at a fraction of the cost.
 */
export function headingSkeleton(text: string): HeadingSkeleton {
  const lines = text.split(LINE_BREAK);
  const frontMatterLines = frontMatterLineCount(lines);
  const skeleton = lines.slice(0, frontMatterLines);
  const sourceLines = skeleton.map((_, line) => line);
  for (const {
    lines: [start, end],
  } of topLevelHeadings(lines, frontMatterLines)) {
    skeleton.push('', ...lines.slice(start, end));
    sourceLines.push(-1);
    for (let line = start; line < end; line++) sourceLines.push(line);
  }
  return { text: skeleton.join('\n'), sourceLines };
}

/**
 * The 0-based lines of `markdown` (a post's body) where its top-level `#` headings that may be paper headings start:
 * where the body can be cut into parts that render on their own. Setext headings are not among them: kramdown reads
 * an underline after a paragraph of several lines as more paragraph text.
 */
export function paperHeadingLines(markdown: string): number[] {
  return topLevelHeadings(markdown.split(LINE_BREAK), 0)
    .filter(({ atx }) => atx)
    .map(({ lines: [start] }) => start);
}

/** Lines of the YAML front matter, fences included, by the rule remark-frontmatter follows; 0 when there is none. */
function frontMatterLineCount(lines: string[]): number {
  if (!FENCE.test(lines[0].replace(/^\uFEFF/, ''))) return 0;
  const closing = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  return closing > 0 ? closing + 1 : 0;
}

interface TopLevelHeading {
  /** Its `[start, end)` lines. */
  lines: [number, number];
  /** Written with `#`, not underlined. */
  atx: boolean;
}

/**
 * The headings outside containers, fences and HTML blocks that may be paper headings: every level-1 heading, and
 * deeper ones that start with a digit (`## 3. [Title](url)`) or a character reference.
 */
function topLevelHeadings(lines: string[], skipped: number): TopLevelHeading[] {
  const body = lines
    .map((line, i) => (i < skipped ? '' : line))
    .join('\n')
    .replace(/^\uFEFF/, '');
  const tokens: Token[] = [];
  blockParser.block.parse(body, blockParser, {}, tokens);
  return tokens.flatMap((token, i) => {
    if (token.type !== 'heading_open' || token.level !== 0 || !token.map) return [];
    const mayBePaper = token.tag === 'h1' || /^[\d&]/.test(tokens[i + 1]?.content ?? '');
    return mayBePaper ? [{ lines: token.map as [number, number], atx: token.markup.startsWith('#') }] : [];
  });
}
