// A post's URL from Jekyll's `permalink` setting (a named style or a pattern) or its own `permalink` field.
import type { Post } from '../post';

const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

export function postUrl(post: Post, sitePermalink: unknown): string {
  const own = post.frontMatter.permalink;
  const pattern =
    typeof own === 'string'
      ? own
      : typeof sitePermalink === 'string'
        ? (STYLES[sitePermalink] ?? sitePermalink)
        : STYLES.date;
  const values = placeholders(post);
  const url = pattern.replace(/:([a-z_]+)/g, (whole, name: string) => values[name] ?? whole);
  return url.replace(/\/{2,}/g, '/').replace(/^(?!\/)/, '/');
}

function placeholders(post: Post): Record<string, string> {
  const date = post.date;
  const two = (value: number) => String(value).padStart(2, '0');
  const slug = typeof post.frontMatter.slug === 'string' ? post.frontMatter.slug : post.slug;
  const common = {
    title: slug,
    slug,
    categories: post.categories.map((c) => c.toLowerCase()).join('/'),
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
