// A file as Jekyll 4.3 reads it for a post: where its content starts after the front matter, whether its name makes
// it a post at all, and the date in that name.

/** `Jekyll::Document::YAML_FRONT_MATTER_REGEXP`, with Ruby's ASCII `\s`; sticky: it must match at the start. */
const FRONT_MATTER = /(---[ \t\r\n\f\v]*\n[^]*?\n?)^((?:---|\.\.\.)[ \t\r\n\f\v]*$\n?)/my;
const BYTE_ORDER_MARK = '\ufeff';

/**
 * Where Jekyll's content (what Liquid and kramdown read) starts: after the front matter, whose closing line takes the
 * blank lines after it along, and after a byte order mark (Jekyll reads files as `bom|utf-8`).
 */
export function jekyllContentStart(text: string): number {
  const start = text.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  FRONT_MATTER.lastIndex = start;
  const match = FRONT_MATTER.exec(text);
  return match ? start + match[0].length : start;
}

/** `Jekyll::Document::DATE_FILENAME_MATCHER`, over the path inside `_posts`. */
const POST_NAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;

/** The markdown extensions of a site that names none (`markdown_ext`). */
export const DEFAULT_MARKDOWN_EXTENSIONS = ['markdown', 'mkdown', 'mkdn', 'mkd', 'md'];

export interface PostName {
  /** The path inside the `_posts` folder, `/`-separated. */
  inPosts: string;
  /** What in it keeps Jekyll from building it as a markdown post; undefined when nothing does. */
  problem?: 'ignored' | 'noDate' | 'badDate' | 'notMarkdown';
  /** The date it holds, as written. */
  date?: string;
  /** The name after the date, without the extension. */
  slug?: string;
  extension?: string;
}

/**
 * How Jekyll reads a file's path for a post; undefined for a file outside any `_posts` folder. A name Jekyll's reader
 * skips (`_x`, `.x`, `#x`, `x~`), one without a date, and one whose extension the site does not convert as markdown
 * each say so; a date that is no day (`2025-13-45`) is its problem only when `hasDateField` is false, since Jekyll
 * reads that date only when the front matter has none.
 */
export function readPostName(relativePath: string, markdownExtensions: readonly string[]): PostName | undefined {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const postsAt = parts.lastIndexOf('_posts');
  if (postsAt < 0 || postsAt === parts.length - 1) return undefined;
  const inPosts = parts.slice(postsAt + 1).join('/');
  if (parts.slice(postsAt + 1).some((part) => /^[._#]|~$/.test(part))) return { inPosts, problem: 'ignored' };
  const match = POST_NAME.exec(inPosts);
  if (!match) return { inPosts, problem: 'noDate' };
  const [, date, slug, extension] = match;
  const problem = markdownExtensions.includes(extension.slice(1).toLowerCase()) ? undefined : 'notMarkdown';
  return { inPosts, date, slug, extension, problem };
}

/** Whether a date from a file name is a day Ruby's `Time.parse` accepts (`2025-2-30` rolls over to March; `2025-13-01` fails). */
export function isParsableDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 0;
}
