// How Jekyll 4.3's `{% post_url NAME %}` finds its post (jekyll/tags/post_url.rb, PostComparer): by the post's path in
// the site (`_posts/[dir/]DATE-SLUG.ext`, or `dir/_posts/DATE-SLUG.ext`), else (deprecated, with a warning) by its date
// and slug wherever it is. The renderer and the check share it.
import { escapeRegExp, strip } from '../rubyStrings';

/** A post as `post_url` compares it: its path in the site, and the date and slug it is published with. */
export interface NamedPost {
  /** `_posts/2025-10-31-daily-papers.md`, `/`-separated. */
  path: string;
  /** `YYYY-MM-DD`. */
  date: string;
  slug: string;
}

/** `post_url`'s reading of its markup: `[dir/]YYYY-MM-DD-slug`. */
const POST_NAME = /^((?:.+\/)*)(\d+-\d+-\d+)-(.*)$/;

/** The markup's post name, as Jekyll reads it; undefined when Jekyll cannot parse it (the build stops there too). */
export function postNameOf(markup: string): { dir: string; date: string; slug: string } | undefined {
  const match = POST_NAME.exec(strip(markup).replace(/^\//, ''));
  return match ? { dir: match[1], date: match[2], slug: match[3] } : undefined;
}

/** The post `{% post_url markup %}` links to, as Jekyll finds it; undefined when Jekyll stops the build. */
export function postNamed<T extends NamedPost>(markup: string, posts: readonly T[]): T | undefined {
  const name = postNameOf(markup);
  if (!name) return undefined;
  // The folder is a pattern as written (its dots match any character); one JavaScript cannot read matches nothing.
  const file = `${name.date}-${escapeRegExp(name.slug)}\\.[^.]+`;
  const path = patternOr(`^(?:_posts/${name.dir}${file}|${name.dir}_posts/?${file})`);
  const [year, month, day] = name.date.split('-').map(Number);
  const sameDay = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return y === year && m === month && d === day;
  };
  return (
    posts.find((post) => path.test(post.path)) ?? posts.find((post) => name.slug === post.slug && sameDay(post.date))
  );
}

/** A post file's date and slug from its name (`2025-10-31-daily-papers.md`); undefined for a name Jekyll skips. */
export function datedName(path: string): { date: string; slug: string } | undefined {
  const match = /(?:^|\/)(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)\.[^./]+$/.exec(path);
  return match ? { date: match[1], slug: match[2] } : undefined;
}

function patternOr(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    return /(?!)/;
  }
}
