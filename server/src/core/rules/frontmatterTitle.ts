import * as l10n from '@vscode/l10n';
import { postDates, knownDate } from '../postDates';
import { titleFor, titleRegExp, withoutStrayQuotes } from '../schema';
import type { Fix, Rule } from './rule';

export const frontmatterTitle: Rule = {
  id: 'frontmatter-title',
  severity: 'warning',
  description: 'The title is missing, does not follow the digest title pattern, or carries a stray quote that shows on the page.',
  check({ model, schema, fileName, eol }) {
    const frontMatter = model.frontMatter;
    if (!frontMatter || frontMatter.errors.length) return [];
    const date = knownDate(postDates(frontMatter, model.text, fileName));
    const expected = date ? titleFor(schema, date) : undefined;
    const field = frontMatter.fields.get('title');
    if (!field) {
      const at = frontMatter.yamlSpan.end;
      return [{
        span: { start: frontMatter.span.start, end: frontMatter.span.start + 3 },
        message: l10n.t('The front matter has no `title`; expected `title: "{0}"`.', schema.titlePattern.replace('{date}', 'YYYY-MM-DD')),
        fixes: expected ? [{ title: l10n.t('Add title "{0}"', expected), edits: [{ span: { start: at, end: at }, newText: `title: "${expected}"${eol}` }] }] : [],
      }];
    }
    const title = String(field.value ?? '');
    const pattern = titleRegExp(schema);
    if (pattern.test(title)) return [];
    const unquoted = withoutStrayQuotes(title);
    const setTitle = (value: string): Fix => ({ title: l10n.t('Set title to "{0}"', value), edits: [{ span: field.valueSpan, newText: `"${value}"` }] });
    if (unquoted !== title && pattern.test(unquoted)) {
      return [{
        span: field.valueSpan,
        message: l10n.t('The title has a stray quote, which shows in the published title: `{0}`.', title),
        fixes: [setTitle(unquoted)],
      }];
    }
    return [{
      span: field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan,
      message: l10n.t('The title `{0}` does not follow the digest pattern `{1}`.', title, schema.titlePattern.replace('{date}', 'YYYY-MM-DD')),
      fixes: expected ? [setTitle(expected)] : [],
    }];
  },
};
