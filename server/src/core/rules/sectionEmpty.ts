import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';

export const sectionEmpty: Rule = {
  id: 'section-empty',
  severity: 'warning',
  description: 'A section has a heading but no text.',
  check({ model }) {
    return model.papers.flatMap(({ sections }) =>
      sections
        .filter((section) => !section.contentText)
        .map((section) => ({ span: section.nameSpan, message: l10n.t('`## {0}` is empty.', section.name) })),
    );
  },
};
