import type { FrontMatter } from './model';
import type { Span } from './span';

export interface DatePlace {
  date: string;
  /** Where the date is written; absent for the file name. */
  span?: Span;
}

export interface PostDates {
  title?: DatePlace;
  field?: DatePlace;
  file?: DatePlace;
}

const DAY = /\d{4}-\d{2}-\d{2}/;

/** The day a post claims in its title, its `date:` field and its `_posts` file name. */
export function postDates(frontMatter: FrontMatter | undefined, text: string, fileName: string | undefined): PostDates {
  const fileDate = fileNameDate(fileName);
  return {
    title: dateInField(frontMatter, 'title', text),
    field: dateInField(frontMatter, 'date', text),
    file: fileDate ? { date: fileDate } : undefined,
  };
}

/** The day in a `_posts` file name (`2025-10-31-daily-papers.md`). */
export function fileNameDate(fileName: string | undefined): string | undefined {
  return fileName ? /^(\d{4}-\d{2}-\d{2})-/.exec(fileName)?.[1] : undefined;
}

function dateInField(frontMatter: FrontMatter | undefined, key: string, text: string): DatePlace | undefined {
  const field = frontMatter?.fields.get(key);
  if (!field) return undefined;
  const source = text.slice(field.valueSpan.start, field.valueSpan.end);
  const match = DAY.exec(source);
  if (!match) return undefined;
  const start = field.valueSpan.start + match.index;
  return { date: match[0], span: { start, end: start + match[0].length } };
}

/** Any date among them, preferring the `date:` field, for fixes that need one. */
export function knownDate(dates: PostDates): string | undefined {
  return dates.field?.date ?? dates.file?.date ?? dates.title?.date;
}
