import * as l10n from '@vscode/l10n';
import { fileNameDate } from '../postDates';
import { titleFor } from '../schema';
import type { Rule } from './rule';
import { frontMatter, paperEntry } from './examples';

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  severity: 'error',
  description:
    'The post has no front matter, or its closing `---` is missing: Jekyll publishes it as a bare page, without the post layout, its title or its tags.',
  descriptionKo:
    '포스트에 프런트 매터가 없거나 닫는 `---`가 없어, Jekyll이 포스트 레이아웃과 제목, 태그 없이 빈 페이지로 게시합니다.',
  examples: {
    valid: [{ text: frontMatter() + paperEntry(), fileName: '2025-10-31-daily-papers-20251031.md' }],
    invalid: [
      { text: paperEntry(), fileName: '2025-10-31-daily-papers-20251031.md' },
      { text: frontMatter().replace('---\n\n', '\n') + paperEntry() },
    ],
  },
  check({ model, schema, fileName, eol }) {
    if (model.frontMatter) return [];
    if (model.crFrontMatter) {
      return [
        {
          span: model.crFrontMatter,
          message: l10n.t(
            'The lines end with CR alone, which Jekyll does not read as line ends: it sees no front matter, and shows it as text. Convert the line ends to LF.',
          ),
        },
      ];
    }
    if (model.unclosedFrontMatter) {
      return [
        {
          span: model.unclosedFrontMatter,
          message: l10n.t('Front matter is not closed: add a `---` line after its last field.'),
        },
      ];
    }
    const date = fileNameDate(fileName);
    const start = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const at = { start, end: start };
    const block = date
      ? [
          '---',
          `layout: ${schema.layout}`,
          `title: "${titleFor(schema, date)}"`,
          `date: ${date} 08:15:00`,
          'tags: [papers]',
          'categories: []',
          '---',
          '',
          '',
        ].join(eol)
      : undefined;
    return [
      {
        span: at,
        message: l10n.t(
          'The post has no front matter (a `---` block with its layout, title and date): Jekyll publishes it as a bare page, without the post layout, its title or its tags.',
        ),
        fixes:
          date && block
            ? [{ title: l10n.t('Insert front matter for {0}', date), edits: [{ span: at, newText: block }] }]
            : [],
      },
    ];
  },
};
