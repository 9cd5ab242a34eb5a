import { postDates, type DatePlace, type PostDates } from '../postDates';
import type { Fix, Rule } from './rule';

const SOURCES: { key: keyof PostDates; label: string }[] = [
  { key: 'field', label: 'the date: field' },
  { key: 'title', label: 'the title' },
  { key: 'file', label: 'the file name' },
];

export const dateMismatch: Rule = {
  id: 'date-mismatch',
  severity: 'warning',
  description: 'The date in the title, the `date:` field and the `_posts/YYYY-MM-DD-…` file name disagree.',
  check({ model, fileName }) {
    const dates = postDates(model.frontMatter, model.text, fileName);
    const known = SOURCES.filter(({ key }) => dates[key]);
    const distinct = new Set(known.map(({ key }) => dates[key]!.date));
    if (distinct.size < 2) return [];
    const where = known.map(({ key, label }) => `${label} says ${dates[key]!.date}`).join(', ');
    const anchor = dates.field?.span ?? dates.title?.span ?? { start: 0, end: 0 };
    const firstSourceOfEachDate = known.filter(({ key }, i) => known.findIndex((other) => dates[other.key]!.date === dates[key]!.date) === i);
    const fixes = firstSourceOfEachDate.map(({ key, label }) => agreeOn(dates[key]!.date, label, dates, fileName));
    return [{ span: anchor, message: `The post's dates disagree: ${where}.`, fixes }];
  },
};

function agreeOn(date: string, label: string, dates: PostDates, fileName: string | undefined): Fix {
  const places = [dates.title, dates.field].filter((place): place is DatePlace & { span: NonNullable<DatePlace['span']> } =>
    !!place?.span && place.date !== date);
  const renameTo = dates.file && dates.file.date !== date && fileName ? date + fileName.slice(10) : undefined;
  return {
    title: `Use ${date} (from ${label}) everywhere`,
    edits: places.map((place) => ({ span: place.span, newText: date })),
    renameTo,
  };
}
