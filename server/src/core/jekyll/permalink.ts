// A post's URL from Jekyll's `permalink` setting (a named style or a pattern) or its own `permalink` field.
import { termsOf } from '../authoring/terms';
import type { FrontMatter } from '../model';
import { parseJekyllDate, readJekyllDate, writtenDate, type WrittenDate } from './dates';
import { readPostName } from './jekyllPost';

/** What a post's URL is made of, apart from the site's permalink setting and time zone: plain data the index keeps. */
export interface PermalinkSource {
  /** The post's own `permalink:`. */
  permalink?: string;
  /** `slug:` of the front matter, else the name after the date in the file name. */
  slug: string;
  /** `date:` as written, else the date of the file name. */
  date?: WrittenDate;
  categories: string[];
}

const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

export function postUrl(
  source: PermalinkSource,
  sitePermalink: unknown,
  timeZone: string | undefined,
  date = parseJekyllDate(source.date, timeZone),
): string {
  const pattern =
    source.permalink ?? (typeof sitePermalink === 'string' ? (STYLES[sitePermalink] ?? sitePermalink) : STYLES.date);
  const values = placeholders(source, date);
  const url = pattern.replace(/:([a-z_]+)/g, (whole, name: string) => values[name] ?? whole);
  return url.replace(/\/{2,}/g, '/').replace(/^(?!\/)/, '/');
}

function placeholders(source: PermalinkSource, date: Date | undefined): Record<string, string> {
  const two = (value: number) => String(value).padStart(2, '0');
  const common = {
    title: source.slug,
    slug: source.slug,
    categories: source.categories.map((c) => c.toLowerCase()).join('/'),
    output_ext: '.html',
  };
  if (!date) return common;
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return {
    ...common,
    year: String(date.getUTCFullYear()),
    short_year: two(date.getUTCFullYear() % 100),
    month: two(date.getUTCMonth() + 1),
    i_month: String(date.getUTCMonth() + 1),
    day: two(date.getUTCDate()),
    i_day: String(date.getUTCDate()),
    y_day: String(Math.floor((date.getTime() - yearStart) / 86_400_000) + 1).padStart(3, '0'),
    hour: two(date.getUTCHours()),
    minute: two(date.getUTCMinutes()),
    second: two(date.getUTCSeconds()),
  };
}

/**
 * What the post's URL is made of, or undefined when Jekyll publishes no page for it: a name it does not read as a
 * post (or a file outside `_posts`), or `published: false`. `path` is the file's path in its site or workspace folder.
 */
export function permalinkSource(
  frontMatter: FrontMatter | undefined,
  path: string | undefined,
): PermalinkSource | undefined {
  const fields = frontMatter?.fields;
  const name = path === undefined ? undefined : readPostName(path, []);
  if (fields?.get('published')?.value === false || !name?.date || (name.problem && name.problem !== 'notMarkdown'))
    return undefined;
  // A `date:` Ruby reads leniently (`2025-11-05 8시 15분`) is not read here: the file name's day stands in, as in the page.
  const written = writtenDate(fields?.get('date'), undefined);
  const date =
    written && !('lenient' in readJekyllDate(written, undefined)) ? written : writtenDate(undefined, name.date);
  const own = (key: string) => {
    const value = fields?.get(key)?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const permalink = own('permalink');
  // No key left undefined: the index keeps summaries as JSON, and compares them with what it reads again.
  return {
    ...(permalink === undefined ? {} : { permalink }),
    slug: own('slug') ?? name.slug!,
    ...(date === undefined ? {} : { date }),
    categories: termsOf(frontMatter, 'categories'),
  };
}
