import { termsOf } from './authoring/terms';
import { isDigest, matchesGlobs, mayHaveDigestTitle } from './digestFiles';
import { permalinkSource, type PermalinkSource } from './jekyll/permalink';
import { readPostName } from './jekyll/jekyllPost';
import { headingSkeleton } from './headingSkeleton';
import type { DigestModel } from './model';
import { paperTitle, postTitle } from './outline';
import { parseDigest } from './parseDigest';
import { knownDate, postDates } from './postDates';
import type { DigestSchema } from './schema';
import { LineIndex, type LineColumn, type LineRange } from './span';

/** What the workspace index keeps of a post: little enough for thousands of posts. */
export interface PostSummary {
  /** The post's day: its `date:` field, else its file name, else its title. */
  date?: string;
  /** The front matter title, stray quotes trimmed. */
  title?: string;
  tags: string[];
  categories: string[];
  papers: PaperSummary[];
  /** What its URL is made of, for a post Jekyll publishes. */
  permalink?: PermalinkSource;
  /** A file of `_posts` Jekyll does not publish (a name it does not read as a post, `published: false`). */
  unpublished?: true;
}

export interface PaperSummary {
  /** The number the heading shows, else the entry's position (from 1). */
  number: number;
  /** The title with its whitespace collapsed (the heading's text when it has no link). */
  title: string;
  /** The arXiv id as written, versions included. */
  arxivId?: string;
  heading: LineRange;
}

export interface PostFileOptions {
  schema: DigestSchema;
  /** `paperDigest.files`: globs of files that are digests when they hold papers. */
  globs: string[];
  /** The path relative to the workspace folder, for the globs. */
  relativePath: string;
  /** The base name, for the date in `_posts/YYYY-MM-DD-…` names. */
  fileName: string;
}

/**
 * The summary of a parsed post; `relativePath` places it in its workspace folder (its `_posts` folder says whether
 * Jekyll publishes it), `sourceLine` maps the model's lines back to the file's (for skeletons).
 */
export function summarizeModel(
  model: DigestModel,
  fileName?: string,
  relativePath = fileName,
  sourceLine: (line: number) => number = (line) => line,
): PostSummary {
  const lines = new LineIndex(model.text);
  const position = (offset: number): LineColumn => {
    const { line, character } = lines.positionAt(offset);
    return { line: sourceLine(line), character };
  };
  const permalink = permalinkSource(model.frontMatter, relativePath);
  const inPosts = !!relativePath && readPostName(relativePath, []) !== undefined;
  return {
    ...(permalink ? { permalink } : inPosts ? { unpublished: true as const } : {}),
    date: knownDate(postDates(model.frontMatter, model.text, fileName)),
    title: postTitle(model.frontMatter),
    tags: termsOf(model.frontMatter, 'tags'),
    categories: termsOf(model.frontMatter, 'categories'),
    papers: model.papers.map((paper, index) => ({
      number: paper.heading.number?.value ?? index + 1,
      title: paperTitle(model.text, paper),
      arxivId: paper.heading.arxivId?.value,
      heading: { start: position(paper.heading.span.start), end: position(paper.heading.span.end) },
    })),
  };
}

/**
 * The summary of a post file read from disk, or undefined when it is not a digest. Only the front matter and the
 * top-level headings are parsed, which gives the same summary as the whole post (and costs a tenth).
 */
export function summarizePostFile(text: string, options: PostFileOptions): PostSummary | undefined {
  const inGlobs = matchesGlobs(options.relativePath, options.globs);
  if (!inGlobs && !mayHaveDigestTitle(text, options.schema)) return undefined;
  const skeleton = headingSkeleton(text);
  const model = parseDigest(skeleton.text, options.schema);
  if (!isDigest(model, options.relativePath, { schema: options.schema, globs: options.globs })) return undefined;
  return summarizeModel(model, options.fileName, options.relativePath, (line) => skeleton.sourceLines[line]);
}
