import type { Rule } from './rule';

export const frontmatterLayout: Rule = {
  id: 'frontmatter-layout',
  severity: 'warning',
  description: 'The front matter `layout` is missing or not the post layout.',
  check({ model, schema, eol }) {
    const frontMatter = model.frontMatter;
    if (!frontMatter || frontMatter.errors.length) return [];
    const layout = frontMatter.fields.get('layout');
    if (!layout) {
      const at = frontMatter.yamlSpan.start;
      return [{
        span: { start: frontMatter.span.start, end: frontMatter.span.start + 3 },
        message: `The front matter has no \`layout\`: the post renders without the blog's page; expected \`layout: ${schema.layout}\`.`,
        fixes: [{ title: `Add layout: ${schema.layout}`, edits: [{ span: { start: at, end: at }, newText: `layout: ${schema.layout}${eol}` }] }],
      }];
    }
    if (layout.value === schema.layout) return [];
    return [{
      span: layout.valueSpan.end > layout.valueSpan.start ? layout.valueSpan : layout.keySpan,
      message: `Layout is \`${String(layout.value ?? '')}\`; digest posts use \`layout: ${schema.layout}\`.`,
      fixes: [{ title: `Set layout to ${schema.layout}`, edits: [{ span: layout.valueSpan, newText: schema.layout }] }],
    }];
  },
};
