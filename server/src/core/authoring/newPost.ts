import * as l10n from '@vscode/l10n';
import { titleFor, type DigestSchema } from '../schema';
import { writePaperEntry } from './entry';
import { SnippetBuilder } from './snippet';

/** Where "New Digest Post" puts today's post, relative to the workspace folder. */
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

/** The post's path for `date` (YYYY-MM-DD) from the pattern; `{date}` and `{compactDate}` (YYYYMMDD) are filled in. */
export function newPostPath(pattern: string, date: string): NewPostPath {
  if (!DAY.test(date)) return { error: l10n.t('{0} is not a YYYY-MM-DD date.', date) };
  const path = fillTokens(pattern, tokensFor(date)).replace(/\\/g, '/');
  const segments = path.split('/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || segments.includes('..') || segments.some((s) => !s) || !/\.(md|markdown)$/.test(path)) {
    return { error: l10n.t('The new post path `{0}` must be relative to the workspace folder, without `..`, and end in `.md`.', pattern) };
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
  return writePaperEntry(builder, schema, { number: 1, alphaxivLanguage: schema.defaultAlphaxivLanguage }, '\n').text('\n');
}

function writeToday(builder: SnippetBuilder, separator: string): void {
  builder.variable('CURRENT_YEAR', 'YYYY').text(separator).variable('CURRENT_MONTH', 'MM').text(separator).variable('CURRENT_DATE', 'DD');
}

function tokensFor(date: string): Record<string, string> {
  return { date, compactDate: date.replace(/-/g, '') };
}

function fillTokens(text: string, tokens: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(tokens, name) ? tokens[name] : whole));
}
