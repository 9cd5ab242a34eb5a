import * as l10n from '@vscode/l10n';
import { titleFor, type DigestSchema } from '../schema';
import { writePaperEntry } from './entry';
import { SnippetBuilder } from './snippet';

/** Where "New Digest Post" puts today's post, relative to the workspace folder, when no setting or post says otherwise. */
export const DEFAULT_POST_PATH = '_posts/{date}-daily-papers.md';

/** The text of a new post before its first paper, in the blog's current format. */
export const DEFAULT_POST_TEMPLATE = [
  '---',
  'layout: {layout}',
  'title: "{title}"',
  'date: {date} 08:15:00',
  'tags: [papers, hugginface]',
  'categories: []',
  '---',
  '',
  '',
  '',
].join('\n');

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type NewPostPath = { path: string } | { error: string };

const POST_NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})-/;

/**
 * The path pattern the workspace's posts follow (paths relative to the folder, `/`-separated): the newest post whose
 * file name starts with its date, that date as `{date}` and, written YYYYMMDD, as `{compactDate}`
 * (`_posts/2025-12-26-daily-papers-20251226.md` → `_posts/{date}-daily-papers-{compactDate}.md`).
 */
export function postPathPattern(postPaths: readonly string[]): string | undefined {
  const dated = postPaths.flatMap((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const date = POST_NAME_DATE.exec(name);
    return date ? [{ folder: path.slice(0, path.length - name.length), name, ymd: date.slice(1) }] : [];
  });
  const newest = dated.sort((a, b) => b.ymd.join('-').localeCompare(a.ymd.join('-')))[0];
  if (!newest) return undefined;
  const name = newest.name.replace(newest.ymd.join('-'), '{date}').split(newest.ymd.join('')).join('{compactDate}');
  return newest.folder + name;
}

/** The post's path for `date` (YYYY-MM-DD) from the pattern; `{date}` and `{compactDate}` (YYYYMMDD) are filled in. */
export function newPostPath(pattern: string, date: string): NewPostPath {
  if (!DAY.test(date)) return { error: l10n.t('{0} is not a YYYY-MM-DD date.', date) };
  const path = fillTokens(pattern, tokensFor(date)).replace(/\\/g, '/');
  const segments = path.split('/');
  if (
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    segments.includes('..') ||
    segments.some((s) => !s) ||
    !/\.(md|markdown)$/.test(path)
  ) {
    return {
      error: l10n.t(
        'The new post path `{0}` must be relative to the workspace folder, without `..`, and end in `.md`.',
        pattern,
      ),
    };
  }
  return { path };
}

/** The template with `{date}`, `{compactDate}`, `{title}` and `{layout}` filled in. */
export function newPostPreamble(template: string, schema: DigestSchema, date: string): string {
  return fillTokens(template, { ...tokensFor(date), title: titleFor(schema, date), layout: schema.layout });
}

const DATE_MARK = '\u0001';
const COMPACT_DATE_MARK = '\u0002';

/** A whole new post as a snippet: the template dated by the editor's `CURRENT_*` variables, then entry 1. */
export function newPostSnippet(schema: DigestSchema, template: string): SnippetBuilder {
  const builder = new SnippetBuilder();
  const preamble = fillTokens(template, {
    date: DATE_MARK,
    compactDate: COMPACT_DATE_MARK,
    title: titleFor(schema, DATE_MARK),
    layout: schema.layout,
  });
  for (const piece of preamble.split(/([\u0001\u0002])/)) {
    if (piece === DATE_MARK || piece === COMPACT_DATE_MARK) writeToday(builder, piece === DATE_MARK ? '-' : '');
    else builder.text(piece);
  }
  return writePaperEntry(builder, schema, { number: 1, alphaxivLanguage: schema.defaultAlphaxivLanguage }, '\n').text(
    '\n',
  );
}

function writeToday(builder: SnippetBuilder, separator: string): void {
  builder
    .variable('CURRENT_YEAR', 'YYYY')
    .text(separator)
    .variable('CURRENT_MONTH', 'MM')
    .text(separator)
    .variable('CURRENT_DATE', 'DD');
}

function tokensFor(date: string): Record<string, string> {
  return { date, compactDate: date.replace(/-/g, '') };
}

function fillTokens(text: string, tokens: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(tokens, name) ? tokens[name] : whole));
}
