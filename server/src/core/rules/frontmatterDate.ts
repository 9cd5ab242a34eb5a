import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { frontMatter } from './examples';

/** The forms Jekyll's date parsing accepts in posts: a day, optionally a time and a zone. */
const JEKYLL_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?$/;

export const frontmatterDate: Rule = {
  id: 'frontmatter-date',
  severity: 'error',
  description: 'The `date:` field is not a valid date/time; Jekyll stops the build on it.',
  descriptionKo: '`date:` 필드가 올바른 날짜/시각이 아니어서 Jekyll 빌드가 멈춥니다.',
  examples: {
    valid: [{ text: frontMatter() }, { text: frontMatter({ date: '2025-10-31' }) }],
    invalid: [
      { text: frontMatter({ date: '2025-10-31 8시 15분' }) },
      { text: frontMatter({ date: '2025-10-32 08:15:00' }) },
    ],
  },
  check({ model }) {
    const field = model.frontMatter?.fields.get('date');
    if (!field || model.frontMatter?.errors.length) return [];
    const value = field.value === null ? '' : String(field.value);
    if (isValidPostDate(value.trim())) return [];
    return [
      {
        span: field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan,
        message: l10n.t('`{0}` is not a valid date: expected `YYYY-MM-DD HH:MM:SS` (time and zone optional).', value),
      },
    ];
  },
};

function isValidPostDate(value: string): boolean {
  const match = JEKYLL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match.map(
    (part) => part ?? undefined,
  ) as string[];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 61
  );
}
