import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { frontMatter } from './examples';

const LIST_FIELDS = ['tags', 'categories'];

export const frontmatterLists: Rule = {
  id: 'frontmatter-lists',
  severity: 'warning',
  description: '`tags` and `categories` should be YAML lists, like `tags: [papers, hugginface]`.',
  descriptionKo: '`tags`와 `categories`는 `tags: [papers, hugginface]`처럼 YAML 목록이어야 합니다.',
  examples: {
    valid: [{ text: frontMatter() }],
    invalid: [{ text: frontMatter({ tags: 'papers hugginface' }) }],
  },
  check({ model }) {
    const fields = model.frontMatter?.errors.length ? [] : LIST_FIELDS.map((key) => model.frontMatter?.fields.get(key));
    return fields.flatMap((field) => {
      if (!field || field.isSequence || field.value === null) return [];
      const items = String(field.value)
        .split(/[\s,]+/)
        .filter(Boolean);
      return [
        {
          span: field.valueSpan,
          message: l10n.t('`{0}` is not a list; write it as `{0}: [{1}]`.', field.key, items.join(', ')),
          fixes: [
            {
              title: l10n.t('Make {0} a list', field.key),
              edits: [{ span: field.valueSpan, newText: `[${items.join(', ')}]` }],
            },
          ],
        },
      ];
    });
  },
};
