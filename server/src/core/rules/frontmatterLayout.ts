import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { frontMatter } from './examples';

export const frontmatterLayout: Rule = {
  id: 'frontmatter-layout',
  severity: 'warning',
  description: 'The front matter `layout` is missing or not the post layout.',
  descriptionKo: '프런트 매터의 `layout`이 없거나 포스트 레이아웃이 아닙니다.',
  examples: {
    valid: [{ text: frontMatter() }],
    invalid: [{ text: frontMatter({ layout: 'page' }) }, { text: frontMatter({ layout: null }) }],
  },
  check({ model, schema, eol }) {
    const frontMatter = model.frontMatter;
    if (!frontMatter || frontMatter.errors.length) return [];
    const layout = frontMatter.fields.get('layout');
    if (!layout) {
      const at = frontMatter.yamlSpan.start;
      return [
        {
          span: { start: frontMatter.span.start, end: frontMatter.span.start + 3 },
          message: l10n.t(
            "The front matter has no `layout`: the post renders without the blog's page; expected `layout: {0}`.",
            schema.layout,
          ),
          fixes: [
            {
              title: l10n.t('Add layout: {0}', schema.layout),
              edits: [{ span: { start: at, end: at }, newText: `layout: ${schema.layout}${eol}` }],
            },
          ],
        },
      ];
    }
    if (layout.value === schema.layout) return [];
    return [
      {
        span: layout.valueSpan.end > layout.valueSpan.start ? layout.valueSpan : layout.keySpan,
        message: l10n.t('Layout is `{0}`; digest posts use `layout: {1}`.', String(layout.value ?? ''), schema.layout),
        fixes: [
          {
            title: l10n.t('Set layout to {0}', schema.layout),
            edits: [{ span: layout.valueSpan, newText: schema.layout }],
          },
        ],
      },
    ];
  },
};
