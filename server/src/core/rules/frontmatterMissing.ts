import * as l10n from '@vscode/l10n';
import { fileNameDate } from '../postDates';
import { titleFor } from '../schema';
import type { Rule } from './rule';

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  severity: 'error',
  description: 'The post has no front matter, or its closing `---` is missing: Jekyll will not publish it as a post.',
  check({ model, schema, fileName, eol }) {
    if (model.frontMatter) return [];
    if (model.unclosedFrontMatter) {
      return [{ span: model.unclosedFrontMatter, message: l10n.t('Front matter is not closed: add a `---` line after its last field.') }];
    }
    const date = fileNameDate(fileName);
    const start = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const at = { start, end: start };
    const block = date
      ? ['---', `layout: ${schema.layout}`, `title: "${titleFor(schema, date)}"`, `date: ${date} 08:15:00`, 'tags: [papers]', 'categories: []', '---', '', ''].join(eol)
      : undefined;
    return [{
      span: at,
      message: l10n.t('The post has no front matter: Jekyll only publishes posts that start with a `---` block (layout, title, date).'),
      fixes: date && block ? [{ title: l10n.t('Insert front matter for {0}', date), edits: [{ span: at, newText: block }] }] : [],
    }];
  },
};
