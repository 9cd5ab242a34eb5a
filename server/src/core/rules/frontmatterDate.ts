import * as l10n from '@vscode/l10n';
import { readJekyllDate, rubyTimeString, writtenDate } from '../jekyll/dates';
import { readPostName } from '../jekyll/jekyllPost';
import type { Finding, Rule, RuleContext } from './rule';
import { frontMatter, paperEntry } from './examples';

const POSTS = '_posts/';

export const frontmatterDate: Rule = {
  id: 'frontmatter-date',
  severity: 'error',
  readsSite: true,
  description:
    "The `date:` field is one Jekyll stops the build on (a 32nd day, a 25th hour), or reads as another day than written: an impossible day carried over (`2025-11-31` is 2025-12-01), or an unquoted time without a zone, which Ruby's YAML reads as UTC.",
  descriptionKo:
    '`date:` 필드가 Jekyll 빌드를 멈추게 하거나(32일, 25시), 적힌 날과 다른 날로 읽힙니다. 없는 날은 넘겨지고(`2025-11-31`은 2025-12-01), 따옴표 없이 시간대 없이 적힌 시각은 Ruby의 YAML이 UTC로 읽습니다.',
  examples: {
    valid: [
      { text: frontMatter() + paperEntry(), jekyll: 'publishes' },
      { text: frontMatter({ date: '2025-10-31' }) + paperEntry(), jekyll: 'publishes' },
      { text: frontMatter({ date: '"2025-10-31 23:30:00"' }) + paperEntry(), jekyll: 'publishes' },
      { text: frontMatter({ date: '2025-10-31 23:30:00 +0900' }) + paperEntry(), jekyll: 'publishes' },
    ],
    invalid: [
      { text: frontMatter({ date: '2025-10-32 08:15:00' }) + paperEntry(), jekyll: 'fails' },
      { text: frontMatter({ date: '2025-10-31 25:00:00' }) + paperEntry(), jekyll: 'fails' },
      { text: frontMatter({ date: '어제' }) + paperEntry(), jekyll: 'fails' },
      { text: frontMatter({ date: '2025-11-31 08:15:00' }) + paperEntry(), jekyll: 'changes' },
      { text: frontMatter({ date: '2025-02-29' }) + paperEntry(), jekyll: 'changes' },
      { text: frontMatter({ date: '2025-10-31 23:30:00' }) + paperEntry(), jekyll: 'changes' },
      { text: frontMatter({ date: '2025-10-31 8시 15분' }) + paperEntry(), jekyll: 'publishes' },
    ],
  },
  check(context) {
    const field = context.model.frontMatter?.fields.get('date');
    if (!field || context.model.frontMatter?.errors.length) return [];
    const text = field.value === null ? '' : String(field.value);
    const span = field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan;
    const written = writtenDate(field, undefined) ?? { text, plain: false };
    const timeZone = context.site?.facts.timezone;
    const date = readJekyllDate(written, timeZone);
    if ('invalid' in date) return [invalid(context, text, span)];
    if ('lenient' in date)
      return [
        {
          span,
          severity: 'information',
          message: l10n.t(
            "Jekyll reads `{0}` with Ruby's lenient `Time.parse`, which may drop or misread part of it: write `YYYY-MM-DD HH:MM:SS` to be sure of the date.",
            text,
          ),
        },
      ];
    const shown = rubyTimeString(date.wallClock, timeZone);
    const day = shown.slice(0, 10);
    if (date.rolledOver)
      return [
        {
          span,
          severity: 'warning',
          message: l10n.t(
            '`{0}` has no such day or time: Jekyll reads it as {1} and publishes the post under {2}.',
            text,
            shown,
            day,
          ),
        },
      ];
    // Read as UTC, the day moves only in the site's time zone: without a site, the zone of the build is not known.
    const writtenDay = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text)!.slice(1).map(Number);
    const [year, month, dayOfMonth] = day.split('-').map(Number);
    const sameDay = year === writtenDay[0] && month === writtenDay[1] && dayOfMonth === writtenDay[2];
    if (!date.readAsUtc || !context.site || sameDay) return [];
    return [
      {
        span,
        severity: 'warning',
        message: l10n.t(
          "Ruby's YAML reads an unquoted time without a zone as UTC: Jekyll dates the post {0}, and publishes it under {1}. Quote the date, or add its zone, to keep the day written.",
          `${shown}${timeZone ? ` (${timeZone})` : ''}`,
          day,
        ),
      },
    ];
  },
};

/** Jekyll's `Utils.parse_date` raises on it: the build stops, naming the post. */
function invalid(context: RuleContext, text: string, span: Finding['span']): Finding {
  const path = context.relativePath ?? context.site?.path;
  const name = path === undefined ? undefined : readPostName(path, []);
  const buildFails = name
    ? `Invalid date '${text}': Document '${POSTS}${name.inPosts}' does not have a valid date in the YAML front matter.`
    : undefined;
  return {
    span,
    message: buildFails
      ? l10n.t('`{0}` is not a date Ruby reads, and Jekyll stops the build: {1}', text, buildFails)
      : l10n.t('`{0}` is not a date Ruby reads: Jekyll stops the build on it.', text),
    buildFails,
  };
}
