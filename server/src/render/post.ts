// A post file the way Jekyll reads it: front matter, body, and the page variables derived from both and the file name.
import { parseFrontMatter } from '../core/frontMatter';
import { span } from '../core/span';
import { parseJekyllDate, writtenDate, type WallClock } from '../core/jekyll/dates';
import type { FrontMatterField } from '../core/model';

// Jekyll's own front matter pattern (Jekyll::Document::YAML_FRONT_MATTER_REGEXP).
const FRONT_MATTER = /^(---[ \t]*\r?\n)([^]*?\r?\n?)^(?:---|\.\.\.)[ \t]*$\r?\n?/m;
const POST_FILE = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.*)\.[^.]+$/;

export interface Post extends FrontMatterSplit {
  /** The name part of `YYYY-MM-DD-name.md`. */
  slug: string;
  title: string;
  date?: WallClock;
  tags: string[];
  categories: string[];
}

export interface FrontMatterSplit {
  frontMatter: Record<string, unknown>;
  body: string;
  /** 0-based line of the file where the body starts. */
  bodyLine: number;
}

/**
 * Front matter and body of a post or layout file; a missing or invalid front matter is an empty one. Like Jekyll, which
 * reads files as `bom|utf-8`, a byte order mark at the start is not part of either.
 */
export function splitFrontMatter(file: string): FrontMatterSplit {
  const { fields, ...split } = splitFields(file);
  return { ...split, frontMatter: valuesOf(fields) };
}

function splitFields(file: string): Omit<FrontMatterSplit, 'frontMatter'> & { fields: Map<string, FrontMatterField> } {
  const text = file.charCodeAt(0) === BYTE_ORDER_MARK ? file.slice(1) : file;
  const match = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  if (!match || match.index !== 0) return { fields: new Map(), body: text, bodyLine: 0 };
  const yamlEnd = match[1].length + match[2].length;
  return {
    fields: parseFrontMatter(text, span(0, yamlEnd), span(match[1].length, yamlEnd)).fields,
    body: text.slice(match[0].length),
    bodyLine: countLines(match[0]),
  };
}

const BYTE_ORDER_MARK = 0xfeff;

/** Reads any text, however broken. */
export function readPost(text: string, fileName: string | undefined, timeZone: string | undefined): Post {
  const { fields, body, bodyLine } = splitFields(text);
  const frontMatter = valuesOf(fields);
  const file = POST_FILE.exec(fileName ?? '');
  const slug = file?.[4] ?? (fileName ?? 'untitled').replace(/\.[^.]+$/, '');
  const fileDate = file ? `${file[1]}-${file[2]}-${file[3]}` : undefined;
  return {
    frontMatter,
    body,
    bodyLine,
    slug,
    title: typeof frontMatter.title === 'string' ? frontMatter.title : titleize(slug),
    // A date read here before the file name's: one this does not read (or Jekyll fails on) gives way to the file name's.
    date:
      parseJekyllDate(writtenDate(fields.get('date'), undefined), timeZone) ??
      parseJekyllDate(writtenDate(undefined, fileDate), timeZone),
    tags: wordList(frontMatter.tags ?? frontMatter.tag),
    categories: wordList(frontMatter.categories ?? frontMatter.category),
  };
}

function valuesOf(fields: Map<string, FrontMatterField>): Record<string, unknown> {
  return Object.fromEntries([...fields].map(([key, field]) => [key, field.value]));
}

function countLines(text: string): number {
  return text.split(/\r\n|\r|\n/).length - 1;
}

/** Jekyll's `titleize_slug`: `daily-papers-20251031` → `Daily Papers 20251031`. */
function titleize(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Jekyll accepts a YAML list or a space-separated string for tags and categories. */
function wordList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined).map(String);
  if (typeof value === 'string' || typeof value === 'number') return String(value).split(/\s+/).filter(Boolean);
  return [];
}
