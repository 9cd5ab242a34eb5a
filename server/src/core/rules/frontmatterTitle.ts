import * as l10n from '@vscode/l10n';
import { postDates, knownDate } from '../postDates';
import { titleFor, titleRegExp, withoutStrayQuotes } from '../schema';
import type { Fix, Rule } from './rule';
import { frontMatter } from './examples';

export const frontmatterTitle: Rule = {
  id: 'frontmatter-title',
  severity: 'warning',
  description:
    'The title is missing, does not follow the digest title pattern, or carries a stray quote that shows on the page.',
  descriptionKo: '제목이 없거나, 다이제스트 제목 형식을 따르지 않거나, 페이지에 그대로 보이는 따옴표가 남아 있습니다.',
  examples: {
    valid: [{ text: frontMatter() }],
    invalid: [
      { text: frontMatter({ title: 'Daily Papers — 2025-10-31"' }) },
      { text: frontMatter({ title: '"오늘의 논문"' }) },
    ],
  },
  check({ model, schema, fileName, eol }) {
    const frontMatter = model.frontMatter;
    if (!frontMatter || frontMatter.errors.length) return [];
    const date = knownDate(postDates(frontMatter, model.text, fileName));
    const expected = date ? titleFor(schema, date) : undefined;
    const field = frontMatter.fields.get('title');
    if (!field) {
      const at = frontMatter.yamlSpan.end;
      return [
        {
          span: { start: frontMatter.span.start, end: frontMatter.span.start + 3 },
          message: l10n.t(
            'The front matter has no `title`; expected `title: "{0}"`.',
            schema.titlePattern.replace('{date}', 'YYYY-MM-DD'),
          ),
          fixes: expected
            ? [
                {
                  title: l10n.t('Add title "{0}"', expected),
                  edits: [{ span: { start: at, end: at }, newText: `title: "${expected}"${eol}` }],
                },
              ]
            : [],
        },
      ];
    }
    const title = String(field.value ?? '');
    const pattern = titleRegExp(schema);
    if (pattern.test(title)) return [];
    const unquoted = withoutStrayQuotes(title);
    const setTitle = (value: string): Fix => ({
      title: l10n.t('Set title to "{0}"', value),
      edits: [{ span: field.valueSpan, newText: `"${value}"` }],
    });
    if (unquoted !== title && pattern.test(unquoted)) {
      return [
        {
          span: field.valueSpan,
          message: l10n.t('The title has a stray quote, which shows in the published title: `{0}`.', title),
          fixes: [setTitle(unquoted)],
        },
      ];
    }
    return [
      {
        span: field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan,
        message: l10n.t(
          'The title `{0}` does not follow the digest pattern `{1}`.',
          title,
          schema.titlePattern.replace('{date}', 'YYYY-MM-DD'),
        ),
        fixes: expected ? [setTitle(expected)] : [],
      },
    ];
  },
};
