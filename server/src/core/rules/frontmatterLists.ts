import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';

const LIST_FIELDS = ['tags', 'categories'];

export const frontmatterLists: Rule = {
  id: 'frontmatter-lists',
  severity: 'warning',
  description: '`tags` and `categories` should be YAML lists, like `tags: [papers, hugginface]`.',
  check({ model }) {
    const fields = model.frontMatter?.errors.length ? [] : LIST_FIELDS.map((key) => model.frontMatter?.fields.get(key));
    return fields.flatMap((field) => {
      if (!field || field.isSequence || field.value === null) return [];
      const items = String(field.value).split(/[\s,]+/).filter(Boolean);
      return [{
        span: field.valueSpan,
        message: l10n.t('`{0}` is not a list; write it as `{0}: [{1}]`.', field.key, items.join(', ')),
        fixes: [{ title: l10n.t('Make {0} a list', field.key), edits: [{ span: field.valueSpan, newText: `[${items.join(', ')}]` }] }],
      }];
    });
  },
};
