import * as l10n from '@vscode/l10n';
import { postDates, type DatePlace, type PostDates } from '../postDates';
import type { Fix, Rule } from './rule';
import { frontMatter } from './examples';

/** Where a post's date is written: what to call it, and how to say which date it has (one sentence each, for translation). */
const SOURCES: { key: keyof PostDates; label: () => string; says: (date: string) => string }[] = [
  { key: 'field', label: () => l10n.t('the date: field'), says: (date) => l10n.t('the date: field says {0}', date) },
  { key: 'title', label: () => l10n.t('the title'), says: (date) => l10n.t('the title says {0}', date) },
  { key: 'file', label: () => l10n.t('the file name'), says: (date) => l10n.t('the file name says {0}', date) },
];

export const dateMismatch: Rule = {
  id: 'date-mismatch',
  severity: 'warning',
  description: 'The date in the title, the `date:` field and the `_posts/YYYY-MM-DD-…` file name disagree.',
  descriptionKo: '제목의 날짜, `date:` 필드, `_posts/YYYY-MM-DD-…` 파일 이름의 날짜가 서로 다릅니다.',
  examples: {
    valid: [{ text: frontMatter(), fileName: '2025-10-31-daily-papers-20251031.md' }],
    invalid: [
      { text: frontMatter(), fileName: '2025-10-30-daily-papers-20251030.md' },
      { text: frontMatter({ date: '2025-11-01 08:15:00' }) },
    ],
  },
  check({ model, fileName }) {
    const dates = postDates(model.frontMatter, model.text, fileName);
    const known = SOURCES.filter(({ key }) => dates[key]);
    const distinct = new Set(known.map(({ key }) => dates[key]!.date));
    if (distinct.size < 2) return [];
    const where = known.map(({ key, says }) => says(dates[key]!.date)).join(', ');
    const anchor = dates.field?.span ?? dates.title?.span ?? { start: 0, end: 0 };
    const firstSourceOfEachDate = known.filter(
      ({ key }, i) => known.findIndex((other) => dates[other.key]!.date === dates[key]!.date) === i,
    );
    const fixes = firstSourceOfEachDate.map(({ key, label }) => agreeOn(dates[key]!.date, label(), dates, fileName));
    return [{ span: anchor, message: l10n.t("The post's dates disagree: {0}.", where), fixes }];
  },
};

function agreeOn(date: string, label: string, dates: PostDates, fileName: string | undefined): Fix {
  const places = [dates.title, dates.field].filter(
    (place): place is DatePlace & { span: NonNullable<DatePlace['span']> } => !!place?.span && place.date !== date,
  );
  const renameTo = dates.file && dates.file.date !== date && fileName ? date + fileName.slice(10) : undefined;
  return {
    title: l10n.t('Use {0} (from {1}) everywhere', date, label),
    edits: places.map((place) => ({ span: place.span, newText: date })),
    renameTo,
  };
}
