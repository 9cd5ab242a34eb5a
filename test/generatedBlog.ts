// Posts and whole blogs made from the example post's real entries, for tests and `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE } from './helpers';

const BODY_START = EXAMPLE.indexOf('\n# 1.');
const FRONT_MATTER = EXAMPLE.slice(0, BODY_START + 1);
const ENTRIES = EXAMPLE.slice(BODY_START + 1).split(/\n(?=# \d+\. )/);

export interface GeneratedPostOptions {
  /** YYYY-MM-DD for the title and the `date:` field (the example's date by default). */
  date?: string;
  /** The arXiv id of the entry at `index` (by default 2510.10000 onwards). */
  idOf?: (index: number) => string;
}

/** A post of `count` papers made from the example's entries, renumbered, each with its own id. */
export function generatePost(count: number, options: GeneratedPostOptions = {}): string {
  const idOf = options.idOf ?? ((index) => `2510.${String(10000 + index).padStart(5, '0')}`);
  const frontMatter = options.date ? FRONT_MATTER.replace(/2025-10-31/g, options.date) : FRONT_MATTER;
  const papers = Array.from({ length: count }, (_, i) =>
    ENTRIES[i % ENTRIES.length]
      .trimEnd()
      .replace(/^# \d+\./, `# ${i + 1}.`)
      .replace(/2510\.\d{5}/g, idOf(i)),
  );
  return `${frontMatter}${papers.join('\n\n')}\n`;
}

export interface GeneratedBlog {
  /** Absolute paths of the posts, oldest first. */
  files: string[];
  dates: string[];
  /** The id of paper `paper` (0-based) of post `post`. */
  idOf(post: number, paper: number): string;
}

/** Distinct valid arXiv ids (YYMM.NNNNN) for up to a million entries. */
function generatedId(serial: number): string {
  return `${2301 + Math.floor(serial / 99_999)}.${String((serial % 99_999) + 1).padStart(5, '0')}`;
}

/**
 * A blog of `posts` daily posts of `papersPerPost` papers in `root/_posts`, one day apart from 2023-01-01.
 * With `repeatEvery: k`, the first paper of every k-th post is the last paper of the post before it.
 */
export function writeBlog(root: string, posts: number, papersPerPost: number, repeatEvery = 0): GeneratedBlog {
  const folder = join(root, '_posts');
  mkdirSync(folder, { recursive: true });
  const repeats = (post: number, paper: number) =>
    repeatEvery > 0 && post > 0 && post % repeatEvery === 0 && paper === 0;
  const idOf = (post: number, paper: number): string =>
    repeats(post, paper) ? idOf(post - 1, papersPerPost - 1) : generatedId(post * papersPerPost + paper);
  const dates = Array.from({ length: posts }, (_, post) =>
    new Date(Date.UTC(2023, 0, 1 + post)).toISOString().slice(0, 10),
  );
  const files = dates.map((date, post) => {
    const file = join(folder, `${date}-daily-papers-${date.replace(/-/g, '')}.md`);
    writeFileSync(file, generatePost(papersPerPost, { date, idOf: (paper) => idOf(post, paper) }));
    return file;
  });
  return { files, dates, idOf };
}
