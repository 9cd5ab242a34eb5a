import * as l10n from '@vscode/l10n';
import { DEFAULT_MARKDOWN_EXTENSIONS, isParsableDay, readPostName, type PostName } from '../jekyll/jekyllPost';
import { knownDate, postDates } from '../postDates';
import { frontMatter, paperEntry } from './examples';
import type { Fix, Rule, RuleContext } from './rule';

const POST = frontMatter() + paperEntry();
const UNDATED_POST = frontMatter({ date: null }) + paperEntry();

export const postFileName: Rule = {
  id: 'post-file-name',
  severity: 'error',
  readsSite: true,
  description:
    'A file of `_posts` whose name Jekyll does not read as a post: no `YYYY-MM-DD-` date (never published, without a word), a date that is no day (the build stops), an extension the site does not convert as markdown, or a name Jekyll ignores (`_x`, `.x`).',
  descriptionKo:
    'Jekyll이 포스트로 읽지 않는 `_posts` 파일 이름입니다. `YYYY-MM-DD-` 날짜가 없거나(아무 말 없이 게시되지 않음), 없는 날짜이거나(빌드가 멈춤), 사이트가 마크다운으로 변환하지 않는 확장자이거나, Jekyll이 무시하는 이름(`_x`, `.x`)입니다.',
  examples: {
    invalid: [
      { text: POST, fileName: 'daily-papers-20251031.md', jekyll: 'skips' },
      { text: UNDATED_POST, fileName: '2025-13-31-daily-papers.md', jekyll: 'fails' },
      { text: POST, fileName: '_2025-10-31-daily-papers.md', jekyll: 'skips' },
      {
        text: POST,
        fileName: '2025-10-31-daily-papers.md',
        site: { markdownExtensions: ['markdown'] },
        jekyll: 'changes',
      },
    ],
    valid: [
      { text: POST, fileName: '2025-10-31-daily-papers-20251031.md', jekyll: 'publishes' },
      { text: POST, fileName: '2025-13-31-daily-papers.md', jekyll: 'publishes' },
    ],
  },
  check(context) {
    if (!context.relativePath) return [];
    const name = readPostName(
      context.relativePath,
      context.site?.facts.markdownExtensions ?? DEFAULT_MARKDOWN_EXTENSIONS,
    );
    if (!name) return [];
    const hasDateField = context.model.frontMatter?.fields.has('date') ?? false;
    const problem = name.problem ?? (!hasDateField && name.date && !isParsableDay(name.date) ? 'badDate' : undefined);
    if (!problem) return [];
    const buildFails =
      problem === 'badDate'
        ? `Invalid date '${name.date}': Document '_posts/${name.inPosts}' does not have a valid date in the filename.`
        : undefined;
    return [
      {
        span: { start: 0, end: 0 },
        message: message(problem, name, context, buildFails),
        fixes: fixes(problem, name, context),
        buildFails,
        ...(problem === 'noDate' || problem === 'ignored' ? { leavesOut: true as const } : {}),
      },
    ];
  },
};

function message(
  problem: NonNullable<PostName['problem']>,
  name: PostName,
  context: RuleContext,
  buildFails: string | undefined,
): string {
  switch (problem) {
    case 'ignored':
      return l10n.t(
        'Jekyll ignores files of `_posts` whose name starts with `_`, `.` or `#` or ends with `~`: `{0}` is never published, and the build says nothing.',
        name.inPosts,
      );
    case 'noDate':
      return l10n.t(
        'Jekyll reads a file of `_posts` as a post only when its name starts with a date, `YYYY-MM-DD-title.md`: `{0}` is never published, and the build says nothing.',
        name.inPosts,
      );
    case 'badDate':
      return l10n.t(
        '`{0}` is no day, and the front matter has no `date:`, so the build stops on this post. Jekyll: {1}',
        name.date!,
        buildFails!,
      );
    case 'notMarkdown':
      return l10n.t(
        'The site converts only {0} files as markdown (`markdown_ext`): Jekyll publishes this post with its markdown as plain text.',
        (context.site?.facts.markdownExtensions ?? DEFAULT_MARKDOWN_EXTENSIONS).map((ext) => `\`.${ext}\``).join(', '),
      );
  }
}

/** A name with the post's day in front, when the post says which day it is. */
function fixes(problem: NonNullable<PostName['problem']>, name: PostName, context: RuleContext): Fix[] {
  const baseName = name.inPosts.split('/').pop()!;
  const date = knownDate(postDates(context.model.frontMatter, context.model.text, undefined));
  if (problem === 'notMarkdown') {
    const extension = (context.site?.facts.markdownExtensions ?? DEFAULT_MARKDOWN_EXTENSIONS)[0];
    const renameTo = baseName.replace(/\.[^.]+$/, `.${extension}`);
    return [{ title: l10n.t('Rename the post to {0}', renameTo), edits: [], renameTo }];
  }
  if (!date) return [];
  const rest = problem === 'ignored' ? baseName.replace(/^[._#]+/, '').replace(/~+$/, '') : baseName;
  const renameTo =
    problem === 'badDate'
      ? `${date}-${name.slug}${name.extension}`
      : /^\d{4}-\d{2}-\d{2}-/.test(rest)
        ? rest
        : `${date}-${rest}`;
  return [{ title: l10n.t('Rename the post to {0}', renameTo), edits: [], renameTo }];
}
